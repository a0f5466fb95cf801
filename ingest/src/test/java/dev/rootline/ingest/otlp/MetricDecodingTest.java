package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
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
        new MetricPoint(CART, "process.cpu.utilization", "1", MetricType.GAUGE, false, AT, 0.42, 0,
            Map.of("cpu.mode", "user")),
        new MetricPoint(CART, "orders.created", "{order}", MetricType.SUM, true, AT, 1234, 0, Map.of()),
        new MetricPoint(CART, "queue.enqueued", "{message}", MetricType.SUM, false, AT, 7, 0, Map.of()),
        new MetricPoint(CART, "http.server.request.duration", "s", MetricType.HISTOGRAM, true, AT, 1.5, 10,
            Map.of("http.route", "/cart/{id}", "http.response.status_code", "503")),
        new MetricPoint(CART, "rpc.client.duration", "ms", MetricType.EXPONENTIAL_HISTOGRAM, false, AT, 80, 4,
            Map.of()),
        new MetricPoint(CART, "jvm.gc.pause", "ms", MetricType.SUMMARY, true, AT, 12.5, 3, Map.of()));
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

  static ExportMetricsServiceRequest gauge(String name, io.opentelemetry.proto.metrics.v1.NumberDataPoint.Builder point) {
    return ALL_METRIC_TYPES.toBuilder().setResourceMetrics(0, ALL_METRIC_TYPES.getResourceMetrics(0).toBuilder()
        .setScopeMetrics(0, ALL_METRIC_TYPES.getResourceMetrics(0).getScopeMetrics(0).toBuilder().clearMetrics()
            .addMetrics(io.opentelemetry.proto.metrics.v1.Metric.newBuilder().setName(name)
                .setGauge(io.opentelemetry.proto.metrics.v1.Gauge.newBuilder().addDataPoints(point)))))
        .build();
  }
}
