package dev.rootline.ingest.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.telemetry.ExceptionEvent;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtlpEncoderTest {
  private static final long T = 1_772_678_583_905_132_000L;
  private static final Resource CART = new Resource("cart", "3.0.7", "production", "c7c9", "shop", "cart-x1", "node-1");
  private static final Resource CHECKOUT = Resource.of("checkout", null);
  private static final Span FAILED_CALL = new Span(CART, 0x9f86b001a8943c44L, 0x2d7d8a898de43e5eL, 0xc17aab0b5fd363fdL,
      0x2dfeb33220658053L, "GET /cart/{userId}", SpanKind.CLIENT, T, T + 2_434_000, SpanStatus.ERROR, "timed out",
      new SpanAttributes("GET", "/cart/{userId}", 503, "redis", "redis", "0", "kafka", "orders", "CartService"),
      List.of(new ExceptionEvent(T + 1_000, "java.io.IOException", "reset by peer")));
  private static final Span ROOT = new Span(CHECKOUT, 1, 2, 3, 0, "POST /checkout", SpanKind.SERVER, T, T + 5, SpanStatus.UNSET,
      null, SpanAttributes.NONE, List.of());
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final OtlpEncoder PLAIN = OtlpEncoder.redacting(text -> text);

  @Test
  void spansJson_decodesToTheSameSpans() {
    List<Span> spans = List.of(FAILED_CALL, ROOT, FAILED_CALL);

    assertThat(DECODER.spans(bytes(PLAIN.spansJson(spans)))).containsExactlyInAnyOrderElementsOf(spans);
  }

  @Test
  void spansJson_writesIdsAsHex() {
    assertThat(PLAIN.spansJson(List.of(FAILED_CALL))).contains("\"traceId\":\"9f86b001a8943c442d7d8a898de43e5e\"")
        .contains("\"spanId\":\"c17aab0b5fd363fd\"");
  }

  @Test
  void metricsJson_decodesToTheSamePointsOfEveryType() {
    List<MetricPoint> points = List.of(
        new MetricPoint(CART, "process.cpu.utilization", "1", MetricType.GAUGE, false, false, T, 0.42, 0, Map.of()),
        new MetricPoint(CART, "http.server.requests", "{request}", MetricType.SUM, true, true, T, 1234, 0,
            Map.of("http.route", "/cart")),
        new MetricPoint(CART, "db.pool.used", "{connection}", MetricType.SUM, false, false, T, 7, 0, Map.of()),
        new MetricPoint(CHECKOUT, "http.server.duration", "s", MetricType.HISTOGRAM, true, false, T, 12.5, 40,
            Map.of("a", "b")),
        new MetricPoint(CHECKOUT, "rpc.duration", "ms", MetricType.EXPONENTIAL_HISTOGRAM, false, false, T, 3, 2, Map.of()),
        new MetricPoint(CHECKOUT, "gc.pause", "s", MetricType.SUMMARY, true, false, T, 0.5, 9, Map.of()));

    assertThat(DECODER.metrics(bytes(PLAIN.metricsJson(points)))).containsExactlyInAnyOrderElementsOf(points);
  }

  @Test
  void logsJson_decodesToTheSameRecords() {
    List<LogRecord> logs = List.of(
        new LogRecord(CART, T, 17, "ERROR", "payment failed for order 42", 5, 6, 7, Map.of("code", "E42")),
        new LogRecord(CHECKOUT, T + 1, 0, null, "", 0, 0, 0, Map.of()));

    assertThat(DECODER.logs(bytes(PLAIN.logsJson(logs)))).containsExactlyInAnyOrderElementsOf(logs);
  }

  @Test
  void encode_redactsSecretsInEveryText() {
    OtlpEncoder encoder = OtlpEncoder.redacting(Redactor.standard());
    String secret = "password=hunter22";
    LogRecord log = new LogRecord(CART, T, 17, "ERROR", "login with " + secret, 0, 0, 0, Map.of("q", secret));
    Span span = new Span(CART, 1, 2, 3, 0, "GET", SpanKind.SERVER, T, T + 1, SpanStatus.ERROR, "bad " + secret,
        SpanAttributes.NONE, List.of(new ExceptionEvent(T, "E", "mail jane.doe@example.com")));

    String lines = encoder.logsJson(List.of(log)) + encoder.spansJson(List.of(span));

    assertThat(lines).doesNotContain("hunter22").doesNotContain("jane.doe@example.com").contains("login with");
  }

  private static byte[] bytes(String line) {
    return line.getBytes(StandardCharsets.UTF_8);
  }
}
