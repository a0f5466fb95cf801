package dev.rootline.app;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/** Collector-shaped OTLP requests for the app's tests. */
public final class OtlpFixtures {
  private static final AtomicLong IDS = new AtomicLong(1);

  private OtlpFixtures() {}

  /**
   * One trace, shaped like the Collector writes it: {@code caller}'s server span calls {@code callee}
   * through a client span, and {@code callee}'s server span answers; ending at {@code endNanos}.
   */
  public static ExportTraceServiceRequest callTrace(String caller, String callee, long endNanos, boolean calleeFails) {
    ByteString traceId = id(16);
    ByteString root = id(8);
    ByteString client = id(8);
    long ms = 1_000_000;
    Span server = span(traceId, root, ByteString.EMPTY, "GET /checkout", Span.SpanKind.SPAN_KIND_SERVER,
        endNanos - 40 * ms, endNanos, false)
        .addAttributes(attr("http.route", "/checkout")).addAttributes(attr("http.request.method", "GET")).build();
    Span call = span(traceId, client, root, "GET", Span.SpanKind.SPAN_KIND_CLIENT,
        endNanos - 30 * ms, endNanos - 5 * ms, calleeFails)
        .addAttributes(attr("peer.service", callee)).build();
    Span answer = span(traceId, id(8), client, "GET /items", Span.SpanKind.SPAN_KIND_SERVER,
        endNanos - 28 * ms, endNanos - 7 * ms, calleeFails).build();
    return ExportTraceServiceRequest.newBuilder()
        .addResourceSpans(resourceSpans(caller, "1.0.0", server, call))
        .addResourceSpans(resourceSpans(callee, "2.1.0", answer))
        .build();
  }

  private static ResourceSpans resourceSpans(String service, String version, Span... spans) {
    return ResourceSpans.newBuilder()
        .setResource(Resource.newBuilder()
            .addAttributes(attr("service.name", service))
            .addAttributes(attr("service.version", version))
            .addAttributes(attr("deployment.environment.name", "test")))
        .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(java.util.List.of(spans)))
        .build();
  }

  private static Span.Builder span(ByteString traceId, ByteString spanId, ByteString parent, String name,
      Span.SpanKind kind, long start, long end, boolean error) {
    return Span.newBuilder().setTraceId(traceId).setSpanId(spanId).setParentSpanId(parent).setName(name)
        .setKind(kind).setStartTimeUnixNano(start).setEndTimeUnixNano(end)
        .setStatus(Status.newBuilder().setCode(error ? Status.StatusCode.STATUS_CODE_ERROR : Status.StatusCode.STATUS_CODE_UNSET));
  }

  /**
   * One export of {@code service} at {@code timeNanos}, as an SDK writes it: the CPU utilization
   * gauge and the cumulative, monotonic count of requests served so far.
   */
  public static ExportMetricsServiceRequest metricsExport(String service, long timeNanos, double cpu, long requestsSoFar) {
    Metric utilization = Metric.newBuilder().setName("process.cpu.utilization").setUnit("1")
        .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder()
            .setTimeUnixNano(timeNanos).setAsDouble(cpu)))
        .build();
    Metric requests = Metric.newBuilder().setName("http.server.requests").setUnit("{request}")
        .setSum(Sum.newBuilder().setIsMonotonic(true)
            .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
            .addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(timeNanos).setAsInt(requestsSoFar)))
        .build();
    return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
            .setResource(Resource.newBuilder().addAttributes(attr("service.name", service)))
            .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(utilization).addMetrics(requests)))
        .build();
  }

  /** One log record of {@code service} at {@code timeNanos}, an ERROR or an INFO one. */
  public static ExportLogsServiceRequest logExport(String service, long timeNanos, boolean error) {
    LogRecord record = LogRecord.newBuilder().setTimeUnixNano(timeNanos)
        .setSeverityNumber(error ? SeverityNumber.SEVERITY_NUMBER_ERROR : SeverityNumber.SEVERITY_NUMBER_INFO)
        .setBody(AnyValue.newBuilder().setStringValue(error ? "payment declined: timeout" : "cart loaded"))
        .build();
    return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder()
            .setResource(Resource.newBuilder().addAttributes(attr("service.name", service)))
            .addScopeLogs(ScopeLogs.newBuilder().addLogRecords(record)))
        .build();
  }

  public static KeyValue attr(String key, String value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
  }

  private static ByteString id(int bytes) {
    ByteBuffer buffer = ByteBuffer.allocate(bytes);
    while (buffer.hasRemaining()) {
      buffer.putLong(0x5eed_0000_0000_0000L + IDS.getAndIncrement());
    }
    return ByteString.copyFrom(buffer.array());
  }
}
