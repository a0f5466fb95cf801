package dev.rootline.app.bench;

import java.util.Map;

/**
 * One generated span, independent of any wire format, so that the OTLP and the Zipkin topic carry
 * exactly the same spans.
 *
 * @param service index into {@link TraceTraffic#services()}
 * @param peer the called service for client spans, or null
 * @param attributes span attributes in insertion order; values are String or Long
 * @param exception a stack trace for a failed span's exception event, or null
 */
record BenchSpan(
    int service,
    String name,
    Kind kind,
    byte[] traceId,
    byte[] spanId,
    byte[] parentId,
    long startNanos,
    long endNanos,
    Map<String, Object> attributes,
    boolean error,
    String peer,
    String exception) {

  enum Kind { SERVER, CLIENT, INTERNAL }
}
