package dev.rootline.core.telemetry;

/** The role of a span in a call, as OpenTelemetry defines it. */
public enum SpanKind {
  UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER;

  private static final SpanKind[] BY_NUMBER = values();

  /** The kind for an OTLP enum number; unknown numbers map to {@link #UNSPECIFIED}. */
  public static SpanKind ofOtlp(int number) {
    return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : UNSPECIFIED;
  }

  /** True for spans that handle a request in their own service (servers and consumers). */
  public boolean isEntry() {
    return this == SERVER || this == CONSUMER;
  }

  /** True for spans that call out to another service or dependency. */
  public boolean isExit() {
    return this == CLIENT || this == PRODUCER;
  }
}
