package dev.rootline.ingest.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/**
 * Takes the invalid items out of a parsed OTLP request, for the OTLP/HTTP endpoints' partial-success
 * answers: unlike the Kafka path, where a record is all or nothing, a sender here learns how many
 * items were rejected and why, and the rest goes on. Items are judged by the same rules as in
 * {@link OtlpDecoder}; items beyond the item limit are rejected too. Thread-safe.
 */
public final class OtlpPartialFilter {
  private final ItemRules rules;

  private OtlpPartialFilter(IngestLimits limits) {
    this.rules = new ItemRules(limits);
  }

  /** A filter judging items by the given limits. */
  public static OtlpPartialFilter of(IngestLimits limits) {
    return new OtlpPartialFilter(limits);
  }

  /** The request without the spans that break the rules. */
  public FilteredRequest<ExportTraceServiceRequest> traces(ExportTraceServiceRequest request) {
    return TraceFilter.filter(request, rules);
  }

  /** The request without the data points that break the rules. */
  public FilteredRequest<ExportMetricsServiceRequest> metrics(ExportMetricsServiceRequest request) {
    return MetricFilter.filter(request, rules);
  }

  /** The request without the log records that break the rules. */
  public FilteredRequest<ExportLogsServiceRequest> logs(ExportLogsServiceRequest request) {
    return LogFilter.filter(request, rules);
  }
}
