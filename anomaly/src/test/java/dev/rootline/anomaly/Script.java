package dev.rootline.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * A series written inline, one token per window: {@code 100} (a value), {@code 0.2/40} (a value
 * resting on 40 samples), {@code 100*30} (30 such windows), {@code 100~5*30} (with deterministic
 * noise of ±5), {@code _} (no window at all). {@code |} only separates phases for the reader.
 */
record Script(List<Window> windows) {

  /** One window of a script; {@code value} is NaN when the series was silent. */
  record Window(double value, long samples) {
    boolean silent() {
      return Double.isNaN(value);
    }
  }

  static Script parse(String text, long defaultSamples) {
    List<Window> windows = new ArrayList<>();
    for (String token : text.trim().split("\\s+")) {
      if (token.isEmpty() || token.equals("|")) {
        continue;
      }
      String[] repeat = token.split("\\*");
      int times = repeat.length > 1 ? Integer.parseInt(repeat[1]) : 1;
      for (int i = 0; i < times; i++) {
        windows.add(window(repeat[0], defaultSamples, windows.size()));
      }
    }
    return new Script(windows);
  }

  private static Window window(String token, long defaultSamples, int index) {
    if (token.equals("_")) {
      return new Window(Double.NaN, 0);
    }
    String[] parts = token.split("/");
    long samples = parts.length > 1 ? Long.parseLong(parts[1]) : defaultSamples;
    String[] noisy = parts[0].split("~");
    double value = Double.parseDouble(noisy[0]);
    if (noisy.length > 1) {
      value += Double.parseDouble(noisy[1]) * noise(index);
    }
    return new Window(value, samples);
  }

  /** A fixed pseudo-random number in [-1, 1] for window {@code index}: tests stay exact. */
  static double noise(int index) {
    long h = (index + 1) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return ((h >>> 11) / (double) (1L << 53)) * 2 - 1;
  }
}
