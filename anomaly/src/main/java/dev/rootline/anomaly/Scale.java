package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;

/**
 * The scale each model compares values on, chosen so that noise is about the same size whatever the
 * level: square roots of counts (Poisson noise is then 1/2), logarithms of latencies and sizes
 * (their noise is multiplicative), levels as they are.
 */
final class Scale {
  /** Standard deviation of the square root of a Poisson count. */
  static final double POISSON_FLOOR = 0.5;
  /** 2 %: below this, log-scale noise is within the latency sketch's accuracy and meaningless. */
  static final double LOG_FLOOR = 0.02;
  private static final double LEVEL_FLOOR = 0.01;
  private static final double TINY = 1e-9;

  private Scale() {}

  static double to(Model model, double value, long windowMillis) {
    return switch (model) {
      case COUNT -> Math.sqrt(Math.max(0, value) * windowMillis / 1000.0);
      case LOG, PEAK -> Math.log(Math.max(value, TINY));
      default -> value;
    };
  }

  static double from(Model model, double y, long windowMillis) {
    return switch (model) {
      case COUNT -> Math.max(0, y) * Math.max(0, y) * 1000.0 / windowMillis;
      case LOG, PEAK -> Math.exp(y);
      default -> y;
    };
  }

  /** The least spread to assume, whatever the history says: the noise the measurement itself has. */
  static double noiseFloor(Model model, double level) {
    return switch (model) {
      case COUNT -> POISSON_FLOOR;
      case LOG, PEAK -> LOG_FLOOR;
      default -> Math.max(LEVEL_FLOOR * Math.abs(level), TINY);
    };
  }
}
