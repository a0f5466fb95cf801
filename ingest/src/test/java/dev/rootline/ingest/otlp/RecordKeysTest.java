package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.CHECKOUT_TRACE;
import static dev.rootline.ingest.otlp.CollectorRecords.hex;
import static dev.rootline.ingest.otlp.CollectorRecords.numberPoint;
import static dev.rootline.ingest.otlp.CollectorRecords.resource;
import static dev.rootline.ingest.otlp.CollectorRecords.resourceSpans;
import static dev.rootline.ingest.otlp.CollectorRecords.span;
import static dev.rootline.ingest.otlp.CollectorRecords.str;
import static dev.rootline.ingest.otlp.CollectorRecords.traces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.ingest.otlp.RecordKeys.Keyed;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordKeysTest {
  private static final String OTHER_TRACE = "0af7651916cd43dd8448eb211c80319c";
  private static final Resource CART_1 = resource(str("service.name", "cart"), str("service.instance.id", "cart-1"));
  private static final Resource CART_2 = resource(str("service.name", "cart"), str("service.instance.id", "cart-2"));

  @Test
  void byTrace_givesEachTraceOneRecordKeyedByItsId() {
    ExportTraceServiceRequest twoTraces = traces(
        resourceSpans(CART_1,
            span("0000000000000001", "", "a", Span.SpanKind.SPAN_KIND_SERVER, 0, 10),
            span("0000000000000002", "", "b", Span.SpanKind.SPAN_KIND_SERVER, 0, 10).setTraceId(hex(OTHER_TRACE)),
            span("0000000000000003", "0000000000000001", "c", Span.SpanKind.SPAN_KIND_CLIENT, 1, 5)),
        resourceSpans(CART_2,
            span("0000000000000004", "", "d", Span.SpanKind.SPAN_KIND_SERVER, 0, 10).setTraceId(hex(OTHER_TRACE))));

    List<Keyed<ExportTraceServiceRequest>> records = RecordKeys.byTrace(twoTraces);

    assertThat(records).hasSize(2);
    Map<String, List<String>> spansByKey = records.stream().collect(Collectors.toMap(
        r -> java.util.HexFormat.of().formatHex(r.key()), r -> spanNames(r.request())));
    assertThat(spansByKey).containsOnly(
        Map.entry(CollectorRecords.TRACE_ID, List.of("a", "c")),
        Map.entry(OTHER_TRACE, List.of("b", "d")));
    ExportTraceServiceRequest other = records.get(1).request();
    assertThat(other.getResourceSpansList()).extracting(ResourceSpans::getResource).containsExactly(CART_1, CART_2);
    assertThat(other.getResourceSpans(0).getScopeSpans(0).getScope())
        .isEqualTo(twoTraces.getResourceSpans(0).getScopeSpans(0).getScope());
    assertThat(other.getResourceSpans(0).getSchemaUrl()).isEqualTo(twoTraces.getResourceSpans(0).getSchemaUrl());
  }

  @Test
  void byTrace_keepsOneTraceWhole() {
    List<Keyed<ExportTraceServiceRequest>> records = RecordKeys.byTrace(CHECKOUT_TRACE);

    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.key()).isEqualTo(hex(CollectorRecords.TRACE_ID).toByteArray());
      assertThat(r.request()).isEqualTo(CHECKOUT_TRACE);
    });
  }

  @Test
  void byResource_keysEachInstanceApartWhateverTheAttributeOrder() {
    Resource cart1Reordered = resource(str("service.instance.id", "cart-1"), str("service.name", "cart"));
    ExportMetricsServiceRequest metrics = ExportMetricsServiceRequest.newBuilder()
        .addResourceMetrics(gauge(CART_1)).addResourceMetrics(gauge(CART_2)).addResourceMetrics(gauge(cart1Reordered))
        .build();

    List<Keyed<ExportMetricsServiceRequest>> records = RecordKeys.byResource(metrics);

    assertThat(records).hasSize(3);
    assertThat(records).allSatisfy(r -> assertThat(r.key()).hasSize(16));
    assertThat(records.get(0).key()).isEqualTo(records.get(2).key()).isNotEqualTo(records.get(1).key());
    assertThat(records).extracting(r -> r.request().getResourceMetricsList())
        .containsExactly(List.of(gauge(CART_1)), List.of(gauge(CART_2)), List.of(gauge(cart1Reordered)));
  }

  @Test
  void byResource_splitsLogsAsMetrics() {
    ExportLogsServiceRequest logs = ExportLogsServiceRequest.newBuilder()
        .addResourceLogs(log(CART_1)).addResourceLogs(log(CART_2)).build();

    List<Keyed<ExportLogsServiceRequest>> records = RecordKeys.byResource(logs);

    assertThat(records).extracting(Keyed::key)
        .containsExactly(RecordKeys.resourceKey(CART_1), RecordKeys.resourceKey(CART_2));
    assertThat(records).extracting(r -> r.request().getResourceLogsList())
        .containsExactly(List.of(log(CART_1)), List.of(log(CART_2)));
  }

  private static List<String> spanNames(ExportTraceServiceRequest request) {
    return request.getResourceSpansList().stream()
        .flatMap(r -> r.getScopeSpansList().stream())
        .flatMap(s -> s.getSpansList().stream())
        .map(Span::getName)
        .toList();
  }

  private static ResourceMetrics gauge(Resource resource) {
    return ResourceMetrics.newBuilder().setResource(resource)
        .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(Metric.newBuilder().setName("queue.depth")
            .setGauge(Gauge.newBuilder().addDataPoints(numberPoint(1_000).setAsDouble(3)))))
        .build();
  }

  private static ResourceLogs log(Resource resource) {
    return ResourceLogs.newBuilder().setResource(resource)
        .addScopeLogs(ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder().setTimeUnixNano(CollectorRecords.T0)))
        .build();
  }
}
