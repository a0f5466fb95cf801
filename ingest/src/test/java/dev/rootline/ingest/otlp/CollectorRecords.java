package dev.rootline.ingest.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Named OTLP requests shaped as the OpenTelemetry Collector's kafka exporter writes them, built with
 * the generated builders, and the small builders they are made of.
 */
public final class CollectorRecords {
  /** 2025-11-22T10:00:00Z, the start of every fixture trace. */
  public static final long T0 = Instant.parse("2025-11-22T10:00:00Z").getEpochSecond() * 1_000_000_000L;
  public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  public static final String FRONTEND_SERVER = "00f067aa0ba902b7";
  public static final String FRONTEND_CLIENT = "00f067aa0ba902b8";
  public static final String CART_SERVER = "b7ad6b7169203331";
  public static final String CART_DB = "b7ad6b7169203332";
  public static final String CART_PUBLISH = "b7ad6b7169203333";
  public static final String CART_STOCK = "b7ad6b7169203334";
  public static final String CART_ORDERS_DB = "b7ad6b7169203335";
  public static final String CART_INTERNAL = "b7ad6b7169203336";

  /**
   * A checkout through two services: "frontend" on current semantic conventions and "cart" on older
   * ones, with a failing call, an exception event, a database, a queue and an RPC client.
   */
  public static final ExportTraceServiceRequest CHECKOUT_TRACE = traces(
      resourceSpans(resource(str("service.name", "frontend"), str("service.version", "1.4.2"),
              str("deployment.environment.name", "prod"), str("service.instance.id", "frontend-1"),
              str("k8s.namespace.name", "shop"), str("k8s.pod.name", "frontend-7d9f"),
              str("host.name", "node-1"), str("telemetry.sdk.language", "java")),
          span(FRONTEND_SERVER, "", "GET /checkout", Span.SpanKind.SPAN_KIND_SERVER, 0, 120)
              .addAttributes(str("http.request.method", "GET"))
              .addAttributes(str("http.route", "/checkout"))
              .addAttributes(num("http.response.status_code", 200))
              .addAttributes(str("url.path", "/checkout")),
          span(FRONTEND_CLIENT, FRONTEND_SERVER, "POST", Span.SpanKind.SPAN_KIND_CLIENT, 5, 100)
              .addAttributes(str("http.request.method", "POST"))
              .addAttributes(num("http.response.status_code", 503))
              .addAttributes(str("server.address", "cart.shop.svc"))
              .addAttributes(str("peer.service", "cart"))
              .setStatus(status(Status.StatusCode.STATUS_CODE_ERROR, "upstream failed"))),
      resourceSpans(resource(str("service.name", "cart"), str("service.version", "2.0.0"),
              str("deployment.environment", "prod")),
          span(CART_SERVER, FRONTEND_CLIENT, "POST /cart/{id}", Span.SpanKind.SPAN_KIND_SERVER, 10, 90)
              .addAttributes(str("http.method", "POST"))
              .addAttributes(str("http.route", "/cart/{id}"))
              .addAttributes(str("http.status_code", "503"))
              .setStatus(status(Status.StatusCode.STATUS_CODE_ERROR, "Internal Server Error"))
              .addEvents(event(50, "retry"))
              .addEvents(event(80, "exception")
                  .addAttributes(str("exception.type", "java.lang.IllegalStateException"))
                  .addAttributes(str("exception.message", "stock service timed out"))
                  .addAttributes(str("exception.stacktrace", "at Cart.add(Cart.java:42)"))),
          span(CART_DB, CART_SERVER, "SELECT shop.carts", Span.SpanKind.SPAN_KIND_CLIENT, 12, 8)
              .addAttributes(str("db.system", "postgresql"))
              .addAttributes(str("db.name", "shop"))
              .addAttributes(str("net.peer.name", "pg-primary"))
              .addAttributes(str("db.statement", "SELECT * FROM carts WHERE id = $1")),
          span(CART_PUBLISH, CART_SERVER, "cart-events publish", Span.SpanKind.SPAN_KIND_PRODUCER, 30, 2)
              .addAttributes(str("messaging.system", "kafka"))
              .addAttributes(str("messaging.destination", "cart-events")),
          span(CART_STOCK, CART_SERVER, "inventory.v1.Stock/Reserve", Span.SpanKind.SPAN_KIND_CLIENT, 35, 40)
              .addAttributes(str("rpc.service", "inventory.v1.Stock"))
              .addAttributes(str("server.address", "inventory")),
          span(CART_ORDERS_DB, CART_SERVER, "SELECT orders", Span.SpanKind.SPAN_KIND_CLIENT, 76, 3)
              .addAttributes(str("db.system.name", "postgresql"))
              .addAttributes(str("db.namespace", "orders"))
              .addAttributes(str("messaging.destination.name", "ignored-but-read")),
          span(CART_INTERNAL, CART_SERVER, "price cart", Span.SpanKind.SPAN_KIND_INTERNAL, 80, 1)
              .addAttributes(str("code.function", "price"))));

  private static final AggregationTemporality CUMULATIVE = AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
  private static final AggregationTemporality DELTA = AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA;

  /** One metric of every OTLP type from "cart", plus a gauge point flagged as having no value. */
  public static final ExportMetricsServiceRequest ALL_METRIC_TYPES = ExportMetricsServiceRequest.newBuilder()
      .addResourceMetrics(ResourceMetrics.newBuilder()
          .setResource(resource(str("service.name", "cart"), str("service.version", "2.0.0")))
          .addScopeMetrics(ScopeMetrics.newBuilder()
              .setScope(InstrumentationScope.newBuilder().setName("io.opentelemetry.runtime-telemetry"))
              .addMetrics(Metric.newBuilder().setName("process.cpu.utilization").setUnit("1")
                  .setGauge(Gauge.newBuilder().addDataPoints(numberPoint(100).setAsDouble(0.42)
                      .addAttributes(str("cpu.mode", "user")))))
              .addMetrics(Metric.newBuilder().setName("orders.created").setUnit("{order}")
                  .setSum(Sum.newBuilder().setAggregationTemporality(CUMULATIVE).setIsMonotonic(true)
                      .addDataPoints(numberPoint(100).setAsInt(1234))))
              .addMetrics(Metric.newBuilder().setName("queue.enqueued").setUnit("{message}")
                  .setSum(Sum.newBuilder().setAggregationTemporality(DELTA)
                      .addDataPoints(numberPoint(100).setAsInt(7))))
              .addMetrics(Metric.newBuilder().setName("http.server.request.duration").setUnit("s")
                  .setHistogram(Histogram.newBuilder().setAggregationTemporality(CUMULATIVE)
                      .addDataPoints(HistogramDataPoint.newBuilder().setStartTimeUnixNano(T0)
                          .setTimeUnixNano(T0 + 100_000_000L).setCount(10).setSum(1.5)
                          .addBucketCounts(4).addBucketCounts(6).addExplicitBounds(0.1)
                          .addAttributes(str("http.route", "/cart/{id}"))
                          .addAttributes(num("http.response.status_code", 503)))))
              .addMetrics(Metric.newBuilder().setName("rpc.client.duration").setUnit("ms")
                  .setExponentialHistogram(ExponentialHistogram.newBuilder().setAggregationTemporality(DELTA)
                      .addDataPoints(ExponentialHistogramDataPoint.newBuilder().setScale(3)
                          .setTimeUnixNano(T0 + 100_000_000L).setCount(4).setSum(80))))
              .addMetrics(Metric.newBuilder().setName("jvm.gc.pause").setUnit("ms")
                  .setSummary(Summary.newBuilder().addDataPoints(SummaryDataPoint.newBuilder()
                      .setTimeUnixNano(T0 + 100_000_000L).setCount(3).setSum(12.5)
                      .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder()
                          .setQuantile(0.99).setValue(9)))))
              .addMetrics(Metric.newBuilder().setName("process.memory.usage").setUnit("By")
                  .setGauge(Gauge.newBuilder().addDataPoints(numberPoint(100).setFlags(1))))))
      .build();

  /**
   * Two logs from "cart": an error linked to {@link #CART_SERVER} with a string body, and an info
   * record with only an observed time and a structured body.
   */
  public static final ExportLogsServiceRequest CHECKOUT_LOGS = ExportLogsServiceRequest.newBuilder()
      .addResourceLogs(ResourceLogs.newBuilder()
          .setResource(resource(str("service.name", "cart"), str("k8s.pod.name", "cart-5c8b")))
          .addScopeLogs(ScopeLogs.newBuilder()
              .addLogRecords(LogRecord.newBuilder().setTimeUnixNano(T0 + 85_000_000L)
                  .setObservedTimeUnixNano(T0 + 86_000_000L)
                  .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_ERROR).setSeverityText("ERROR")
                  .setBody(AnyValue.newBuilder().setStringValue("stock service timed out"))
                  .setTraceId(hex(TRACE_ID)).setSpanId(hex(CART_SERVER))
                  .addAttributes(str("exception.type", "java.lang.IllegalStateException"))
                  .addAttributes(num("thread.id", 42)))
              .addLogRecords(LogRecord.newBuilder().setObservedTimeUnixNano(T0 + 90_000_000L)
                  .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_INFO)
                  .setBody(AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                      .addValues(str("event", "cart.updated")).addValues(num("items", 3)))))))
      .build();

  private CollectorRecords() {}

  public static NumberDataPoint.Builder numberPoint(long atMillis) {
    return NumberDataPoint.newBuilder().setStartTimeUnixNano(T0).setTimeUnixNano(T0 + atMillis * 1_000_000);
  }

  public static ExportTraceServiceRequest traces(ResourceSpans... resources) {
    return ExportTraceServiceRequest.newBuilder().addAllResourceSpans(java.util.List.of(resources)).build();
  }

  /** One resource with one scope holding the spans, as an instrumented SDK exports them. */
  public static ResourceSpans resourceSpans(Resource resource, Span.Builder... spans) {
    ScopeSpans.Builder scope = ScopeSpans.newBuilder()
        .setScope(InstrumentationScope.newBuilder().setName("io.opentelemetry.servlet").setVersion("2.10.0"));
    for (Span.Builder span : spans) {
      scope.addSpans(span);
    }
    return ResourceSpans.newBuilder().setResource(resource).addScopeSpans(scope)
        .setSchemaUrl("https://opentelemetry.io/schemas/1.26.0").build();
  }

  public static Resource resource(KeyValue... attributes) {
    return Resource.newBuilder().addAllAttributes(java.util.List.of(attributes)).build();
  }

  /** A span of {@link #TRACE_ID} starting {@code startMillis} after {@link #T0}. */
  public static Span.Builder span(String spanId, String parentSpanId, String name, Span.SpanKind kind,
      long startMillis, long durationMillis) {
    long start = T0 + startMillis * 1_000_000;
    return Span.newBuilder().setTraceId(hex(TRACE_ID)).setSpanId(hex(spanId))
        .setParentSpanId(hex(parentSpanId)).setName(name).setKind(kind).setFlags(0x101)
        .setStartTimeUnixNano(start).setEndTimeUnixNano(start + durationMillis * 1_000_000);
  }

  public static Span.Event.Builder event(long atMillis, String name) {
    return Span.Event.newBuilder().setTimeUnixNano(T0 + atMillis * 1_000_000).setName(name);
  }

  public static Status status(Status.StatusCode code, String message) {
    return Status.newBuilder().setCode(code).setMessage(message).build();
  }

  public static KeyValue str(String key, String value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
  }

  public static KeyValue num(String key, long value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
  }

  public static ByteString hex(String hex) {
    return ByteString.copyFrom(HexFormat.of().parseHex(hex));
  }

  /**
   * {@link #CHECKOUT_TRACE} with one span changed, for records that break one rule.
   *
   * @param resource the resource's index, from 0
   * @param span     the span's index within the resource's first scope, from 0
   */
  public static ExportTraceServiceRequest checkoutWithSpan(int resource, int span,
      java.util.function.Consumer<Span.Builder> change) {
    ExportTraceServiceRequest.Builder builder = CHECKOUT_TRACE.toBuilder();
    change.accept(builder.getResourceSpansBuilder(resource).getScopeSpansBuilder(0).getSpansBuilder(span));
    return builder.build();
  }
}
