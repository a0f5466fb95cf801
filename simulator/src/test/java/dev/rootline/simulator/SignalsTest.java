package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.Telemetry.LogAt;
import dev.rootline.simulator.Telemetry.MetricAt;
import dev.rootline.simulator.Telemetry.SpanAt;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignalsTest {
  private static final Set<String> POOLED =
      Set.of("checkout", "productcatalog", "shipping", "payment", "fulfillment", "accounting");

  @Test
  void run_linksLogsToSpansItEmitted() {
    Telemetry telemetry = Fixtures.noonMinute();
    Map<ByteString, SpanAt> spans = telemetry.spans().stream()
        .collect(Collectors.toMap(s -> s.span().getSpanId(), s -> s));
    List<LogAt> logs = telemetry.logs();

    assertThat(logs).extracting(l -> l.log().getSeverityText()).contains("INFO", "WARN", "ERROR");
    assertThat(logs).allSatisfy(l -> {
      SpanAt span = spans.get(l.log().getSpanId());
      assertThat(span).isNotNull();
      assertThat(span.span().getTraceId()).isEqualTo(l.log().getTraceId());
      assertThat(l.resource()).isEqualTo(span.resource());
      assertThat(l.log().getTimeUnixNano())
          .isBetween(span.span().getStartTimeUnixNano(), span.span().getEndTimeUnixNano());
      assertThat(l.log().getBody().getStringValue()).isNotBlank();
    });
  }

  @Test
  void run_writesAnErrorLogForEveryFailedServerSpan() {
    Telemetry telemetry = Fixtures.noonMinute();
    Set<ByteString> errorLogSpans = telemetry.logs().stream()
        .filter(l -> l.log().getSeverityNumberValue() >= 17).map(l -> l.log().getSpanId()).collect(Collectors.toSet());

    assertThat(telemetry.spans()).filteredOn(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER
            && s.span().getStatus().getCode() == StatusCode.STATUS_CODE_ERROR)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(errorLogSpans).contains(s.span().getSpanId()));
  }

  @Test
  void run_exportsCpuMemoryGcAndPoolMetricsPerService() {
    Map<String, Map<String, Metric>> byService = Fixtures.noonMinute().metrics().stream()
        .collect(Collectors.groupingBy(MetricAt::service,
            Collectors.toMap(m -> m.metric().getName(), MetricAt::metric, (a, b) -> b)));

    assertThat(byService).hasSize(12);
    byService.forEach((service, metrics) -> {
      assertThat(metrics.get("process.cpu.utilization").getGauge().getDataPoints(0).getAsDouble()).isBetween(0.0, 1.0);
      assertThat(metrics.get("process.cpu.utilization").getUnit()).isEqualTo("1");
      assertCumulative(metrics.get("process.memory.usage"), "By");
      assertThat(metrics.get("process.memory.usage").getSum().getIsMonotonic()).isFalse();
      assertThat(metrics.get("jvm.gc.duration").getHistogram().getAggregationTemporality())
          .isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
      assertThat(metrics.get("jvm.gc.duration").getUnit()).isEqualTo("s");
      assertThat(metrics.containsKey("db.client.connection.count")).isEqualTo(POOLED.contains(service));
      if (POOLED.contains(service)) {
        assertCumulative(metrics.get("db.client.connection.count"), "{connection}");
        assertCumulative(metrics.get("db.client.connection.max"), "{connection}");
        assertThat(metrics.get("db.client.connection.count").getSum().getDataPointsList())
            .extracting(p -> Telemetry.attribute(p.getAttributesList(), "db.client.connection.state").orElseThrow())
            .containsExactly("used", "idle");
        assertCumulative(metrics.get("db.client.connection.pending_requests"), "{request}");
      }
    });
  }

  @Test
  void run_countsEveryHttpServerSpanInTheDurationHistogram() {
    Telemetry telemetry = Fixtures.noonMinute();
    Map<String, Long> spansPerPod = telemetry.spans().stream()
        .filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER && s.attribute("http.route").isPresent())
        .collect(Collectors.groupingBy(s -> instance(s.resource()), Collectors.counting()));
    // Histograms are cumulative, so the last export of each pod counts every request it served.
    Map<String, Long> countedPerPod = telemetry.metrics().stream()
        .filter(m -> m.metric().getName().equals("http.server.request.duration"))
        .collect(Collectors.toMap(m -> instance(m.resource()),
            m -> m.metric().getHistogram().getDataPointsList().stream().mapToLong(p -> p.getCount()).sum(),
            (earlier, later) -> later));

    assertThat(countedPerPod).isEqualTo(spansPerPod);
  }

  @Test
  void run_putsTheResourceAttributesOnEverySignal() {
    Telemetry telemetry = Fixtures.noonMinute();
    Stream<Resource> resources = Stream.of(
        telemetry.spans().stream().map(SpanAt::resource),
        telemetry.logs().stream().map(LogAt::resource),
        telemetry.metrics().stream().map(MetricAt::resource)).flatMap(s -> s);

    assertThat(resources.distinct()).allSatisfy(resource -> {
      assertThat(resource.getAttributesList()).extracting(kv -> kv.getKey()).contains("service.name",
          "service.version", "deployment.environment.name", "service.instance.id", "k8s.namespace.name",
          "k8s.pod.name", "host.name");
      assertThat(Telemetry.attribute(resource.getAttributesList(), "deployment.environment.name"))
          .hasValue("production");
    });
  }

  private static void assertCumulative(Metric metric, String unit) {
    assertThat(metric.getUnit()).isEqualTo(unit);
    assertThat(metric.getSum().getAggregationTemporality())
        .isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
  }

  private static String instance(Resource resource) {
    return Telemetry.attribute(resource.getAttributesList(), "service.instance.id").orElseThrow();
  }
}
