package dev.rootline.app.capture;

import java.util.Locale;

/** The kinds of captured telemetry, each exported as {@code <file>.jsonl}. */
public enum CaptureSignal {
  SPANS, METRICS, LOGS, DEPLOYS;

  /** The column value and the file's base name: {@code spans}, {@code metrics}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CaptureSignal ofWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
