package dev.rootline.core.telemetry;

import java.util.List;
import java.util.Objects;

/**
 * One OpenTelemetry span, reduced to what root cause analysis needs. Trace and span ids are kept as
 * numbers so that decoding a span allocates little; {@link TraceIds} renders them as hex.
 *
 * @param resource      the emitting service
 * @param traceIdHigh   high 64 bits of the 128-bit trace id
 * @param traceIdLow    low 64 bits of the trace id
 * @param spanId        the 64-bit span id, never 0
 * @param parentSpanId  the parent's span id, 0 for a root span
 * @param name          the span name
 * @param kind          server, client, ...
 * @param startNanos    epoch nanoseconds
 * @param endNanos      epoch nanoseconds, not before the start
 * @param status        the status code
 * @param statusMessage the status description, or null
 * @param attributes    the attributes Rootline reads
 * @param exceptions    the {@code exception} events, in order; empty when none
 */
public record Span(
    Resource resource,
    long traceIdHigh,
    long traceIdLow,
    long spanId,
    long parentSpanId,
    String name,
    SpanKind kind,
    long startNanos,
    long endNanos,
    SpanStatus status,
    String statusMessage,
    SpanAttributes attributes,
    List<ExceptionEvent> exceptions) {

  public Span {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(exceptions, "exceptions");
  }

  public long durationNanos() {
    return endNanos - startNanos;
  }

  public boolean isRoot() {
    return parentSpanId == 0;
  }

  /**
   * Whether the span failed: an error status, or an HTTP 5xx answer on a server span (OpenTelemetry's
   * HTTP conventions leave 4xx unset on servers because the client was at fault).
   */
  public boolean isError() {
    if (status == SpanStatus.ERROR) {
      return true;
    }
    int code = attributes.httpStatusCode();
    return code >= 500 && code < 600;
  }

  public String traceIdHex() {
    return TraceIds.hex(traceIdHigh, traceIdLow);
  }

  public String spanIdHex() {
    return TraceIds.hex(spanId);
  }
}
