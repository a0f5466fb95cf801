package dev.rootline.app.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.OtlpFixtures;
import dev.rootline.app.PrometheusText;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * A burst of ten times the normal traffic, every trace between services never seen before (the
 * worst case for per-series state), stays within the bounds: every record is read and counted, the
 * open windows never exceed their bound, the spans and evidence beyond the bounds are shed and
 * counted, Rootline stays ready, and traffic after the burst is windowed as usual.
 */
@QuarkusTest
@TestProfile(BurstIT.SmallBounds.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class BurstIT {
  private static final String SPANS = "burst_spans";
  private static final int MAX_OPEN_WINDOWS = 200;
  /** Normal traffic in this test: one trace per record, {@value} records. */
  private static final int NORMAL_RECORDS = 100;
  /** The burst: ten times the records, ten traces each. */
  private static final int BURST_RECORDS = 10 * NORMAL_RECORDS;
  private static final int TRACES_PER_BURST_RECORD = 10;

  /** Topics of its own; a small open-window bound, so the burst runs into it. */
  public static class SmallBounds implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.topics.spans", SPANS),
          Map.entry("rootline.topics.metrics", "burst_metrics"),
          Map.entry("rootline.topics.logs", "burst_logs"),
          Map.entry("rootline.topics.deploys", "burst.deploys"),
          Map.entry("rootline.topics.windows", "burst.windows"),
          Map.entry("rootline.topics.anomalies", "burst.anomalies"),
          Map.entry("rootline.topics.reports", "burst.reports"),
          Map.entry("rootline.kafka.group-id", "rootline-burst"),
          Map.entry("rootline.anomaly.application-id", "rootline-anomaly-burst"),
          Map.entry("rootline.rca.tick", "1s"),
          Map.entry("rootline.ingest.max-open-windows", String.valueOf(MAX_OPEN_WINDOWS)));
    }
  }

  @Test
  void tenfoldBurstOfNewServices_isReadAndCountedWithinBounds_andIngestCarriesOn() {
    double okBefore = PrometheusText.records("spans", "ok");
    double dlqBefore = PrometheusText.records("spans", "dlq");
    double overflowBefore = PrometheusText.value("rootline_ingest_spans_overflow_total");
    double keysDroppedBefore = PrometheusText.value("rootline_rca_evidence_keys_dropped_total");

    send(NORMAL_RECORDS, 1, "normal");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(PrometheusText.records("spans", "ok")).isGreaterThanOrEqualTo(okBefore + NORMAL_RECORDS));
    double normalOverflow = PrometheusText.value("rootline_ingest_spans_overflow_total");

    send(BURST_RECORDS, TRACES_PER_BURST_RECORD, "burst");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(PrometheusText.records("spans", "ok")).isGreaterThanOrEqualTo(okBefore + NORMAL_RECORDS + BURST_RECORDS);
      assertThat(PrometheusText.value("rootline_windows_open")).isLessThanOrEqualTo(MAX_OPEN_WINDOWS);
    });
    assertThat(PrometheusText.records("spans", "dlq")).isEqualTo(dlqBefore);
    assertThat(normalOverflow).isEqualTo(overflowBefore); // normal traffic fits
    assertThat(PrometheusText.value("rootline_ingest_spans_overflow_total")).isGreaterThan(normalOverflow);
    // Evidence of the burst's new services reaches the store once its traces are quiet; past the bound it is shed.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(PrometheusText.value("rootline_rca_evidence_keys_dropped_total")).isGreaterThan(keysDroppedBefore));
    // The burst, 30,000 spans and so under 100,000 in any second, stays within the analysis' trace
    // budget: every trace was read (ADR 024).
    assertThat(PrometheusText.value("rootline_rca_traces_share")).isEqualTo(1.0);
    assertThat(PrometheusText.value("rootline_rca_spans_unread_total")).isZero();
    given().get("/q/health/ready").then().statusCode(200);

    send(1, 1, "after");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seriesServices()).contains("after-front-0"));
    // Nothing lost, and nothing read over and over: Kafka delivers at least once, so a rebalance
    // while the group forms (four channels join one group at start) may hand a partition on before
    // its last poll was committed and that poll is read again — at most one poll of this test's records.
    double expected = okBefore + NORMAL_RECORDS + BURST_RECORDS + 1;
    assertThat(PrometheusText.records("spans", "ok")).isBetween(expected, expected + NORMAL_RECORDS);
  }

  /**
   * Writes {@code records} records of {@code traces} traces each: normal traffic between the same two
   * services, any other between two services of its own per trace.
   */
  private static void send(int records, int traces, String prefix) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
    try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      int n = 0;
      for (int r = 0; r < records; r++) {
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
        for (int t = 0; t < traces; t++, n++) {
          boolean normal = prefix.equals("normal"); // the same two services each time
          request.addAllResourceSpans(OtlpFixtures.callTrace(normal ? "normal-front" : prefix + "-front-" + n,
              normal ? "normal-back" : prefix + "-back-" + n,
              System.currentTimeMillis() * 1_000_000, false).getResourceSpansList());
        }
        producer.send(new ProducerRecord<>(SPANS, (prefix + r).getBytes(StandardCharsets.UTF_8),
            request.build().toByteArray()));
      }
      producer.flush();
    }
  }

  private static List<String> seriesServices() {
    return given().get("/api/series").then().statusCode(200).extract().jsonPath().getList("service", String.class);
  }
}
