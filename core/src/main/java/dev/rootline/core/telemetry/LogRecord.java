package dev.rootline.core.telemetry;

import java.util.Map;
import java.util.Objects;

/**
 * One OpenTelemetry log record, linked to its trace when the emitter knew one.
 *
 * @param resource       the emitting service
 * @param timeNanos      epoch nanoseconds (the observed time when the record has no time of its own)
 * @param severityNumber OTLP severity number, 0 when unspecified (17 and above are errors)
 * @param severityText   the severity as the emitter wrote it, or null
 * @param body           the message, rendered as text; empty when absent
 * @param traceIdHigh    high 64 bits of the trace id, 0 when unlinked
 * @param traceIdLow     low 64 bits of the trace id, 0 when unlinked
 * @param spanId         the span id, 0 when unlinked
 * @param attributes     the record's attributes as strings
 */
public record LogRecord(
    Resource resource,
    long timeNanos,
    int severityNumber,
    String severityText,
    String body,
    long traceIdHigh,
    long traceIdLow,
    long spanId,
    Map<String, String> attributes) {

  /** The lowest OTLP severity number of the ERROR range. */
  public static final int SEVERITY_ERROR = 17;

  public LogRecord {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(body, "body");
    attributes = Map.copyOf(attributes);
  }

  public boolean isError() {
    return severityNumber >= SEVERITY_ERROR;
  }

  public boolean hasTrace() {
    return traceIdHigh != 0 || traceIdLow != 0;
  }
}
