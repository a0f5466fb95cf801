package dev.rootline.app.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.OtlpFixtures;
import dev.rootline.app.PrometheusText;
import dev.rootline.app.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Records read a second time by the same process — as after a rebalance that fenced the consumer
 * before its latest reads were committed — are skipped and counted as redelivered: their window
 * neither counts them twice nor counts them late. Spans come a poll at a time, logs (and metrics)
 * a record at a time: both paths.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class RereadIT {
  private static final String TOPIC = "otlp_spans";
  private static final int TRACES = 20;
  private static final String LOGS = "otlp_logs";
  private static final int RECORDS = 10;

  @Inject
  KafkaClientService kafka;

  @Test
  void spansReadAgain_areSkippedAndCounted_neitherDoubledNorLate() {
    long nowMillis = System.currentTimeMillis();
    long now = (nowMillis - nowMillis % 2_000 + 500) * 1_000_000; // early in one 2 s test window
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < TRACES; i++) {
      byte[] value = OtlpFixtures.callTrace("reread-front", "reread-items", now + i * 1_000_000L, false).toByteArray();
      records.add(new ProducerRecord<>(TOPIC, ("reread-" + i).getBytes(StandardCharsets.UTF_8), value));
    }
    List<RecordMetadata> landed = TestKafka.sendAll(records);
    await().atMost(Duration.ofSeconds(30)).until(() -> requests("reread-items") == TRACES);
    double late = PrometheusText.value("rootline_ingest_spans_late_total");

    double skipped = readAgain("spans", landed);

    assertThat(PrometheusText.value("rootline_ingest_spans_late_total")).isEqualTo(late);
    assertThat(requests("reread-items")).isEqualTo(TRACES);
    assertThat(skipped).isGreaterThanOrEqualTo(TRACES);
  }

  @Test
  void logRecordsReadAgain_areSkippedAndCounted_notLate() {
    long nowMillis = System.currentTimeMillis();
    long now = (nowMillis - nowMillis % 2_000 + 500) * 1_000_000;
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      records.add(new ProducerRecord<>(LOGS, "reread-logs".getBytes(StandardCharsets.UTF_8),
          OtlpFixtures.logExport("reread-logs", now + i * 1_000_000L, i % 2 == 0).toByteArray()));
    }
    double ok = PrometheusText.records("logs", "ok");
    List<RecordMetadata> landed = TestKafka.sendAll(records);
    await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusText.records("logs", "ok") >= ok + RECORDS);
    // Their window has closed (its observation is out), so a record handed on again would be late.
    TestKafka.await("rootline.windows", 1, Duration.ofSeconds(30),
        r -> "metric:reread-logs|log.records".equals(new String(r.key(), StandardCharsets.UTF_8)));
    double late = PrometheusText.value("rootline_ingest_log_records_late_total");

    double skipped = readAgain("logs", landed);

    assertThat(PrometheusText.value("rootline_ingest_log_records_late_total")).isEqualTo(late);
    assertThat(skipped).isGreaterThanOrEqualTo(RECORDS);
  }

  /**
   * Sends the signal's live consumer back to where the records start on each of their partitions,
   * waits until it has read them again (handed on or skipped), and returns how many it skipped.
   */
  private double readAgain(String signal, List<RecordMetadata> landed) {
    double redelivered = PrometheusText.records(signal, "redelivered");
    double read = redelivered + PrometheusText.records(signal, "ok");
    Map<TopicPartition, Long> firstOffsets = landed.stream().collect(Collectors.toMap(
        m -> new TopicPartition(m.topic(), m.partition()), RecordMetadata::offset, Math::min));
    kafka.getConsumers(signal).get(0)
        .runOnPollingThread((java.util.function.Consumer<org.apache.kafka.clients.consumer.Consumer<Object, Object>>)
            consumer -> firstOffsets.forEach(consumer::seek))
        .await().atMost(Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        PrometheusText.records(signal, "redelivered") + PrometheusText.records(signal, "ok") >= read + landed.size());
    return PrometheusText.records(signal, "redelivered") - redelivered;
  }

  private static int requests(String service) {
    List<Map<String, Object>> series = given().queryParam("service", service).get("/api/series")
        .then().statusCode(200).extract().jsonPath().getList("$");
    return series.isEmpty() ? 0 : ((Number) series.get(0).get("requests")).intValue();
  }
}
