package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.ingest.otlp.RecordKeys;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** OTLP/HTTP driven by the official OpenTelemetry Java SDK's exporters, and by hand for errors. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class OtlpHttpIT {
  private static final Resource SHOP = Resource.create(Attributes.of(
      AttributeKey.stringKey("service.name"), "sdk-shop",
      AttributeKey.stringKey("service.version"), "3.0.0"));

  @TestHTTPResource("/v1/traces")
  URL traces;

  @TestHTTPResource("/v1/metrics")
  URL metrics;

  @TestHTTPResource("/v1/logs")
  URL logs;

  @Test
  void sdkSpanExporter_deliversSpansThatBecomeSeries() {
    OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
        .setEndpoint(traces.toString()).setCompression("gzip").build();
    try (SdkTracerProvider provider = SdkTracerProvider.builder().setResource(SHOP)
        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
      Tracer tracer = provider.get("otlp-http-it");
      for (int i = 0; i < 10; i++) {
        var span = tracer.spanBuilder("GET /sdk").setSpanKind(SpanKind.SERVER).startSpan();
        if (i < 3) {
          span.setStatus(StatusCode.ERROR, "boom");
        }
        span.end();
      }
      assertThat(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
    }

    Map<String, Object> series = await().atMost(Duration.ofSeconds(30))
        .until(() -> seriesOf("sdk-shop"), s -> !s.isEmpty()).get(0);
    assertThat(series).containsEntry("operation", "GET /sdk").containsEntry("version", "3.0.0")
        .containsEntry("requests", 10).containsEntry("errors", 3);
  }

  @Test
  void sdkMetricAndLogExporters_areAcceptedAndIngested() {
    double metricsBefore = PrometheusText.records("metrics", "ok");
    double logsBefore = PrometheusText.records("logs", "ok");
    double unkeyedBefore = unkeyed("metrics") + unkeyed("logs");
    OtlpHttpMetricExporter metricExporter = OtlpHttpMetricExporter.builder().setEndpoint(metrics.toString()).build();
    try (SdkMeterProvider provider = SdkMeterProvider.builder().setResource(SHOP)
        .registerMetricReader(PeriodicMetricReader.builder(metricExporter).setInterval(Duration.ofHours(1)).build())
        .build()) {
      provider.get("otlp-http-it").gaugeBuilder("process.cpu.utilization").buildWithCallback(g -> g.record(0.42));
      assertThat(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
    }
    OtlpHttpLogRecordExporter logExporter = OtlpHttpLogRecordExporter.builder().setEndpoint(logs.toString()).build();
    try (SdkLoggerProvider provider = SdkLoggerProvider.builder().setResource(SHOP)
        .addLogRecordProcessor(SimpleLogRecordProcessor.create(logExporter)).build()) {
      provider.get("otlp-http-it").logRecordBuilder().setBody("payment declined")
          .setSeverity(io.opentelemetry.api.logs.Severity.ERROR).emit();
      CompletableResultCode flushed = provider.forceFlush().join(10, TimeUnit.SECONDS);
      assertThat(flushed.isSuccess()).isTrue();
    }

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      assertThat(PrometheusText.records("metrics", "ok")).isGreaterThan(metricsBefore);
      assertThat(PrometheusText.records("logs", "ok")).isGreaterThan(logsBefore);
      @SuppressWarnings("unchecked")
      Map<String, Object> shop = given().get("/api/services").then().extract().jsonPath()
          .getMap("services.find { it.name == 'sdk-shop' }");
      assertThat(shop).isNotNull();
      assertThat((Map<String, Object>) shop.get("metrics")).containsKey("process.cpu.utilization");
      assertThat(((Number) shop.get("errorLogs")).intValue()).isGreaterThanOrEqualTo(1);
    });
    // Keyed by resource, as the Collector's partition_{metrics,logs}_by_resource_attributes key them.
    byte[] shopKey = RecordKeys.resourceKey(io.opentelemetry.proto.resource.v1.Resource.newBuilder()
        .addAttributes(OtlpFixtures.attr("service.version", "3.0.0"))
        .addAttributes(OtlpFixtures.attr("service.name", "sdk-shop")).build());
    TestKafka.await("otlp_metrics", 1, Duration.ofSeconds(10), r -> Arrays.equals(r.key(), shopKey));
    TestKafka.await("otlp_logs", 1, Duration.ofSeconds(10), r -> Arrays.equals(r.key(), shopKey));
    assertThat(unkeyed("metrics") + unkeyed("logs")).isEqualTo(unkeyedBefore);
  }

  @Test
  void recordWithoutKey_isIngestedAndCountedApart() {
    double before = unkeyed("metrics");
    double ingested = PrometheusText.records("metrics", "ok");
    var request = io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.newBuilder()
        .addResourceMetrics(io.opentelemetry.proto.metrics.v1.ResourceMetrics.newBuilder()
            .setResource(io.opentelemetry.proto.resource.v1.Resource.newBuilder()
                .addAttributes(OtlpFixtures.attr("service.name", "unkeyed-shop"))))
        .build();
    TestKafka.send("otlp_metrics", null, request.toByteArray());

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      assertThat(PrometheusText.records("metrics", "ok")).isGreaterThan(ingested);
      assertThat(unkeyed("metrics")).isGreaterThan(before);
    });
  }

  @Test
  void unsupportedContentType_isAnswered415() {
    given().contentType("text/plain").body("hello").post("/v1/traces").then().statusCode(415);
  }

  @Test
  void malformedProtobuf_isAnswered400WithStatusMessage() throws Exception {
    byte[] body = given().contentType("application/x-protobuf").body(new byte[] {0x0a, (byte) 0xff, 0x7f})
        .post("/v1/traces").then().statusCode(400).contentType("application/x-protobuf").extract().asByteArray();
    var status = com.google.protobuf.CodedInputStream.newInstance(body);
    assertThat(status.readTag()).isEqualTo(8); // field 1 (code), varint
    assertThat(status.readInt32()).isEqualTo(3); // INVALID_ARGUMENT
    assertThat(status.readTag()).isEqualTo(18); // field 2 (message)
    assertThat(status.readString()).isNotBlank();
  }

  @Test
  void malformedJson_isAnswered400WithJsonStatus() {
    given().contentType("application/json").body("{\"resourceSpans\": [").post("/v1/traces")
        .then().statusCode(400).contentType("application/json")
        .body("code", org.hamcrest.Matchers.equalTo(3))
        .body("message", org.hamcrest.Matchers.containsString("JSON"));
  }

  @Test
  void requestWithSomeInvalidSpans_isAnsweredWithPartialSuccess() throws Exception {
    long now = System.currentTimeMillis() * 1_000_000;
    ExportTraceServiceRequest good = OtlpFixtures.callTrace("partial-a", "partial-b", now, false);
    var broken = good.toBuilder();
    var span = broken.getResourceSpansBuilder(0).getScopeSpansBuilder(0).getSpansBuilder(0);
    span.setEndTimeUnixNano(span.getStartTimeUnixNano() - 1); // ends before it starts
    byte[] answer = given().contentType("application/x-protobuf").body(broken.build().toByteArray())
        .post("/v1/traces").then().statusCode(200).extract().asByteArray();

    ExportTraceServiceResponse response = ExportTraceServiceResponse.parseFrom(answer);
    assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
    assertThat(response.getPartialSuccess().getErrorMessage()).contains("end");
  }

  @Test
  void requestOfTwoTraces_isPublishedAsOneRecordPerTraceKeyedByItsId() throws Exception {
    long now = System.currentTimeMillis() * 1_000_000;
    ExportTraceServiceRequest first = OtlpFixtures.callTrace("keyed-a", "keyed-b", now, false);
    ExportTraceServiceRequest second = OtlpFixtures.callTrace("keyed-a", "keyed-b", now, true);
    ExportTraceServiceRequest both = first.toBuilder().addAllResourceSpans(second.getResourceSpansList()).build();
    given().contentType("application/x-protobuf").body(both.toByteArray()).post("/v1/traces").then().statusCode(200);

    Map<String, ExportTraceServiceRequest> byTrace = Map.of(traceIdOf(first), first, traceIdOf(second), second);
    var records = TestKafka.await("otlp_spans", 2, Duration.ofSeconds(20),
        r -> r.key() != null && byTrace.containsKey(HexFormat.of().formatHex(r.key())));
    for (var record : records) {
      ExportTraceServiceRequest published = ExportTraceServiceRequest.parseFrom(record.value());
      assertThat(published).isEqualTo(byTrace.get(HexFormat.of().formatHex(record.key())));
    }
  }

  @Test
  void jsonRequest_isAcceptedWithEmptyJsonAnswer() {
    String json = dev.rootline.ingest.otlp.OtlpJson.print(
        OtlpFixtures.callTrace("json-a", "json-b", System.currentTimeMillis() * 1_000_000, false));
    given().contentType("application/json").body(json).post("/v1/traces")
        .then().statusCode(200).contentType("application/json").body(org.hamcrest.Matchers.equalTo("{}"));
    await().atMost(Duration.ofSeconds(30)).until(() -> seriesOf("json-b"), s -> !s.isEmpty());
  }

  private static double unkeyed(String signal) {
    return PrometheusText.value("rootline_ingest_records_unkeyed_total", "signal", signal);
  }

  private static String traceIdOf(ExportTraceServiceRequest request) {
    return HexFormat.of().formatHex(request.getResourceSpans(0).getScopeSpans(0).getSpans(0).getTraceId().toByteArray());
  }

  private static List<Map<String, Object>> seriesOf(String service) {
    return given().queryParam("service", service).get("/api/series")
        .then().statusCode(200).extract().jsonPath().getList("$");
  }
}
