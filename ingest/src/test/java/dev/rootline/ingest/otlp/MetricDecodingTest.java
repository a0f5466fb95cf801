package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricDecodingTest {
  private static final OtlpDecoder PROTO = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
  private static final OtlpDecoder JSON = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final List<MetricPoint> POINTS = PROTO.metrics(ALL_METRIC_TYPES.toByteArray());
  private static final Resource CART = Resource.of("cart", "2.0.0");
  private static final long AT = T0 + 100_000_000;

  @Test
  void decode_readsEveryMetricTypeAndLeavesOutPointsWithoutValue() {
    assertThat(POINTS).containsExactly(
        new MetricPoint(CART, "process.cpu.utilization", "1", MetricType.GAUGE, false, false, AT, 0.42, 0,
            Map.of("cpu.mode", "user")),
        new MetricPoint(CART, "orders.created", "{order}", MetricType.SUM, true, true, AT, 1234, 0, Map.of()),
        new MetricPoint(CART, "queue.enqueued", "{message}", MetricType.SUM, false, false, AT, 7, 0, Map.of()),
        new MetricPoint(CART, "http.server.request.duration", "s", MetricType.HISTOGRAM, true, false, AT, 1.5, 10,
            Map.of("http.route", "/cart/{id}", "http.response.status_code", "503")),
        new MetricPoint(CART, "rpc.client.duration", "ms", MetricType.EXPONENTIAL_HISTOGRAM, false, false, AT, 80, 4,
            Map.of()),
        new MetricPoint(CART, "jvm.gc.pause", "ms", MetricType.SUMMARY, true, false, AT, 12.5, 3, Map.of()));
  }

  @Test
  void decode_sharesOneResourcePerResourceMetrics() {
    assertThat(POINTS.get(5).resource()).isSameAs(POINTS.get(0).resource());
  }

  @Test
  void decode_readsJsonMetricsLikeProto() {
    assertThat(JSON.metrics(OtlpJson.print(ALL_METRIC_TYPES).getBytes(UTF_8))).isEqualTo(POINTS);
  }

  @Test
  void decode_readsWhetherASumIsMonotonicAndItsTemporality() {
    assertThat(PROTO.metrics(SUM_KINDS.toByteArray()))
        .extracting(MetricPoint::name, MetricPoint::cumulative, MetricPoint::monotonic)
        .containsExactly(
            tuple("http.server.requests", true, true),
            tuple("db.client.connection.count", true, false),
            tuple("messages.sent", false, true),
            tuple("queue.depth.change", false, false));
  }

  @Test
  void decode_readsIsMonotonicAndTemporalityFromOtlpJson() {
    String json = """
        {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"cart"}}]},
         "scopeMetrics":[{"metrics":[
          {"name":"http.server.requests","unit":"{request}","sum":{"aggregationTemporality":2,"isMonotonic":true,
           "dataPoints":[{"timeUnixNano":"%1$d","asInt":"12"}]}},
          {"name":"db.client.connection.count","unit":"{connection}","sum":{"aggregationTemporality":2,
           "dataPoints":[{"timeUnixNano":"%1$d","asInt":"3"}]}},
          {"name":"messages.sent","unit":"{message}","sum":{"aggregationTemporality":1,"isMonotonic":true,
           "dataPoints":[{"timeUnixNano":"%1$d","asInt":"4"}]}},
          {"name":"jvm.gc.duration","unit":"s","histogram":{"aggregationTemporality":2,
           "dataPoints":[{"timeUnixNano":"%1$d","count":"2","sum":0.04}]}}]}]}]}
        """.formatted(AT);

    assertThat(JSON.metrics(json.getBytes(UTF_8)))
        .extracting(MetricPoint::name, MetricPoint::cumulative, MetricPoint::monotonic)
        .containsExactly(
            tuple("http.server.requests", true, true),
            tuple("db.client.connection.count", true, false),
            tuple("messages.sent", false, true),
            tuple("jvm.gc.duration", true, false));
  }

  @Test
  void decode_readsJsonSumKindsLikeProto() {
    assertThat(JSON.metrics(OtlpJson.print(SUM_KINDS).getBytes(UTF_8)))
        .isEqualTo(PROTO.metrics(SUM_KINDS.toByteArray()));
  }

  @Test
  void decode_keepsTheFirst32AttributesAsText() {
    var point = numberPoint(100).setAsDouble(1);
    for (int i = 0; i < 40; i++) {
      point.addAttributes(num("a" + i, i));
    }
    byte[] record = gauge("many.attributes", point).toByteArray();

    Map<String, String> attributes = PROTO.metrics(record).get(0).attributes();

    assertThat(attributes).hasSize(32).containsEntry("a0", "0").containsEntry("a31", "31").doesNotContainKey("a32");
  }

  @Test
  void decode_rejectsAPointWithAnAbsurdTime() {
    byte[] record = gauge("cpu", numberPoint(0).setTimeUnixNano(42).setAsDouble(1)).toByteArray();

    assertThatThrownBy(() -> PROTO.metrics(record)).isInstanceOf(InvalidRecordException.class).hasMessage(
        "data point 1 of metric 1 of resource 1: time 1970-01-01T00:00:00.000000042Z outside the accepted "
            + "range 2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z");
  }

  @Test
  void decode_rejectsAPointWithoutTime() {
    byte[] record = gauge("cpu", numberPoint(0).clearTimeUnixNano().setAsDouble(1)).toByteArray();

    assertThatThrownBy(() -> PROTO.metrics(record)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("data point 1 of metric 1 of resource 1: time missing");
  }

  @Test
  void decode_rejectsMoreMetricPointsThanAllowed() {
    OtlpDecoder decoder = OtlpDecoder.of(Encoding.OTLP_PROTO, RejectedRecordTest.limits(1 << 20, 2));

    assertThatThrownBy(() -> decoder.metrics(ALL_METRIC_TYPES.toByteArray()))
        .isInstanceOf(InvalidRecordException.class).hasMessage("more than 2 data points in one record");
  }

  @Test
  void decode_rejectsGarbledMetricsProtobuf() {
    assertThatThrownBy(() -> PROTO.metrics(new byte[] {10, 50, 1, 2})).isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("truncated or garbled protobuf: ");
  }

  /** Four sums: a counter, an up-down counter, a delta counter and a delta up-down counter. */
  private static final ExportMetricsServiceRequest SUM_KINDS = ExportMetricsServiceRequest.newBuilder()
      .addResourceMetrics(ResourceMetrics.newBuilder().setResource(resource(str("service.name", "cart")))
          .addScopeMetrics(ScopeMetrics.newBuilder()
              .addMetrics(sum("http.server.requests", AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE, true))
              .addMetrics(sum("db.client.connection.count", AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE,
                  false))
              .addMetrics(sum("messages.sent", AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA, true))
              .addMetrics(sum("queue.depth.change", AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA, false))))
      .build();

  private static Metric sum(String name, AggregationTemporality temporality, boolean monotonic) {
    return Metric.newBuilder().setName(name).setUnit("1").setSum(Sum.newBuilder()
        .setAggregationTemporality(temporality).setIsMonotonic(monotonic)
        .addDataPoints(numberPoint(100).setAsInt(5))).build();
  }

  static ExportMetricsServiceRequest gauge(String name, io.opentelemetry.proto.metrics.v1.NumberDataPoint.Builder point) {
    return ALL_METRIC_TYPES.toBuilder().setResourceMetrics(0, ALL_METRIC_TYPES.getResourceMetrics(0).toBuilder()
        .setScopeMetrics(0, ALL_METRIC_TYPES.getResourceMetrics(0).getScopeMetrics(0).toBuilder().clearMetrics()
            .addMetrics(io.opentelemetry.proto.metrics.v1.Metric.newBuilder().setName(name)
                .setGauge(io.opentelemetry.proto.metrics.v1.Gauge.newBuilder().addDataPoints(point)))))
        .build();
  }
}
