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
 * Span records read a second time by the same process — as after a rebalance that fenced the
 * consumer before its latest reads were committed — are skipped and counted as redelivered: their
 * window neither counts them twice nor counts them late.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class RereadIT {
  private static final String TOPIC = "otlp_spans";
  private static final int TRACES = 20;

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
    double redelivered = PrometheusText.records("spans", "redelivered");
    double read = redelivered + PrometheusText.records("spans", "ok");

    // Read them again: the live consumer goes back to where they start on each partition.
    Map<TopicPartition, Long> firstOffsets = landed.stream().collect(Collectors.toMap(
        m -> new TopicPartition(m.topic(), m.partition()), RecordMetadata::offset, Math::min));
    kafka.getConsumers("spans").get(0)
        .runOnPollingThread((java.util.function.Consumer<org.apache.kafka.clients.consumer.Consumer<Object, Object>>)
            consumer -> firstOffsets.forEach(consumer::seek))
        .await().atMost(Duration.ofSeconds(10));

    await().atMost(Duration.ofSeconds(30)).until(() ->
        PrometheusText.records("spans", "redelivered") + PrometheusText.records("spans", "ok") >= read + TRACES);
    assertThat(PrometheusText.value("rootline_ingest_spans_late_total")).isEqualTo(late);
    assertThat(requests("reread-items")).isEqualTo(TRACES);
    assertThat(PrometheusText.records("spans", "redelivered")).isGreaterThanOrEqualTo(redelivered + TRACES);
  }

  private static int requests(String service) {
    List<Map<String, Object>> series = given().queryParam("service", service).get("/api/series")
        .then().statusCode(200).extract().jsonPath().getList("$");
    return series.isEmpty() ? 0 : ((Number) series.get(0).get("requests")).intValue();
  }
}
