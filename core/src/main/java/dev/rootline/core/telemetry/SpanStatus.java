package dev.rootline.core.telemetry;

/** A span's status code, as OpenTelemetry defines it. */
public enum SpanStatus {
  UNSET, OK, ERROR;

  /** The status for an OTLP enum number; unknown numbers map to {@link #UNSET}. */
  public static SpanStatus ofOtlp(int number) {
    return switch (number) {
      case 1 -> OK;
      case 2 -> ERROR;
      default -> UNSET;
    };
  }
}
