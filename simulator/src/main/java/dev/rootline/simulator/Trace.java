package dev.rootline.simulator;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/**
 * One generated user request: its spans, the logs written while serving it, and when it ended.
 * It is exported once simulated time has passed its end, as a Collector only sees finished spans.
 */
record Trace(ExportTraceServiceRequest spans, LogBuffer logs, long endNanos) {
  byte[] key() {
    return spans.getResourceSpans(0).getScopeSpans(0).getSpans(0).getTraceId().toByteArray();
  }
}
