package dev.rootline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end through a real broker: metric points and log records on the OTLP topics become
 * observations of metric and log series on the windows topic, beside the span windows', where the
 * anomaly stage reads them.
 */
@QuarkusTest
@TestProfile(SignalsToObservationsIT.OwnTopics.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class SignalsToObservationsIT {
  private static final String METRICS = "signals_metrics";
  private static final String LOGS = "signals_logs";
  private static final String WINDOWS = "signals.windows";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Topics and groups of its own, so no other test's events move these watermarks. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rootline.topics.metrics", METRICS,
          "rootline.topics.logs", LOGS,
          "rootline.topics.windows", WINDOWS,
          "rootline.topics.anomalies", "signals.anomalies",
          "rootline.kafka.group-id", "rootline-signals",
          "rootline.anomaly.application-id", "rootline-anomaly-signals");
    }
  }

  @Test
  void metricPointsOnTopic_becomeLevelAndEventRateObservations() {
    long nowMillis = System.currentTimeMillis();
    long start = nowMillis - nowMillis % 2_000 - 8_000; // four whole 2 s test windows back
    for (int i = 0; i <= 8; i++) {
      long nanos = (start + i * 1_000L) * 1_000_000;
      byte[] record = OtlpFixtures.metricsExport("it-metrics", nanos, 0.25, 100 + 3L * i).toByteArray();
      TestKafka.send(METRICS, "it-metrics".getBytes(StandardCharsets.UTF_8), record);
    }

    JsonNode cpu = observation("metric:it-metrics|process.cpu.utilization", "value", 0.25);
    JsonNode requests = observation("metric:it-metrics|http.server.requests", "rate", 3.0);

    assertThat(cpu.path("samples").asLong()).isEqualTo(2); // one point a second in a 2 s window
    assertThat(requests.path("samples").asLong()).isEqualTo(6); // the requests counted, not the points
    assertThat(requests.path("duration_ms").asLong()).isEqualTo(2_000);
    // Then this replica's progress records (empty values), one on each of the topic's three
    // partitions, say it has closed the metric windows that far.
    long requestsEnd = requests.path("start").asLong() + 2_000;
    Set<Integer> partitions = new HashSet<>();
    TestKafka.await(WINDOWS, 3, Duration.ofSeconds(30), r -> r.value().length == 0
        && "metrics".equals(TestKafka.header(r, "rootline-source"))
        && Long.parseLong(TestKafka.header(r, "rootline-closed-through-ms")) >= requestsEnd
        && partitions.add(r.partition())); // each partition once
    assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(PrometheusText.records("metrics", "ok")).isGreaterThanOrEqualTo(9);
      assertThat(PrometheusText.value("rootline_ingest_signal_observations_total")).isGreaterThanOrEqualTo(2);
    });
    assertThat(PrometheusText.value("rootline_ingest_points_late_total")).isZero();
    assertThat(PrometheusText.value("rootline_ingest_points_overflow_total")).isZero();
  }

  @Test
  void logRecordsOnTopic_becomeErrorAndRecordRateObservations() {
    long nowMillis = System.currentTimeMillis();
    long start = nowMillis - nowMillis % 2_000 - 6_000;
    for (int i = 0; i < 12; i++) {
      long nanos = (start + i * 500L) * 1_000_000;
      byte[] record = OtlpFixtures.logExport("it-logs", nanos, i % 2 == 0).toByteArray();
      TestKafka.send(LOGS, "it-logs".getBytes(StandardCharsets.UTF_8), record);
    }

    JsonNode errors = observation("metric:it-logs|log.errors", "rate", 1.0); // two of four a second
    JsonNode records = observation("metric:it-logs|log.records", "rate", 2.0);

    assertThat(errors.path("samples").asLong()).isEqualTo(4);
    assertThat(records.path("start").asLong()).isEqualTo(errors.path("start").asLong());
    assertThat(PrometheusText.value("rootline_ingest_log_records_overflow_total")).isZero();
  }

  /** Waits for an observation of {@code series} and {@code signal} with {@code value} on the windows topic. */
  private static JsonNode observation(String series, String signal, double value) {
    ConsumerRecord<byte[], byte[]> found = TestKafka.await(WINDOWS, 1, Duration.ofSeconds(30), r -> {
      if (r.value().length == 0) {
        return false; // a replica's progress record
      }
      JsonNode node = read(r.value());
      return series.equals(new String(r.key(), StandardCharsets.UTF_8))
          && signal.equals(node.path("signal").asText()) && Math.abs(node.path("value").asDouble() - value) < 1e-9;
    }).get(0);
    return read(found.value());
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
