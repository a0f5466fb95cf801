package dev.rootline.ingest.window;

import dev.rootline.core.telemetry.Span;
import dev.rootline.core.window.SeriesKey;

/** Which series a span counts in: the operation its service handles, and the edge it calls along. */
final class SeriesKeys {
  private SeriesKeys() {}

  /**
   * The operation series of a span that handles a request (server, consumer, or a trace's root),
   * or null for spans inside a service. The operation is the span name, which OpenTelemetry's
   * conventions keep low in cardinality ("GET /cart/{id}", "orders process").
   */
  static SeriesKey.Operation operation(Span span) {
    if (!span.kind().isEntry() && !span.isRoot()) {
      return null;
    }
    return new SeriesKey.Operation(span.resource().service(), span.name(), span.resource().version());
  }

  /** The edge series of a client or producer span, or null when the span names no callee. */
  static SeriesKey.Edge edge(Span span) {
    if (!span.kind().isExit()) {
      return null;
    }
    String callee = span.attributes().callee();
    return callee == null ? null : new SeriesKey.Edge(span.resource().service(), callee);
  }
}
