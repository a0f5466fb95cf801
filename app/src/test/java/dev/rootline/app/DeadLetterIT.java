package dev.rootline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad records of every signal go to rootline.dlq with the reason and source topic, and are counted. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class DeadLetterIT {

  @Test
  void badRecords_goToDeadLetterTopicWithReason_andConsumerKeepsGoing() {
    double spansDlqBefore = PrometheusText.records("spans", "dlq");
    double metricsDlqBefore = PrometheusText.records("metrics", "dlq");
    double logsDlqBefore = PrometheusText.records("logs", "dlq");
    double deploysDlqBefore = PrometheusText.records("deploys", "dlq");
    double spansOkBefore = PrometheusText.records("spans", "ok");

    byte[] valid = OtlpFixtures.callTrace("dlq-front", "dlq-back", System.currentTimeMillis() * 1_000_000, false)
        .toByteArray();
    TestKafka.send("otlp_spans", key("truncated"), Arrays.copyOf(valid, valid.length / 2));
    TestKafka.send("otlp_spans", key("garbage"), "\u0000\u00ff not protobuf at all \u0007".getBytes(StandardCharsets.ISO_8859_1));
    TestKafka.send("otlp_spans", key("absurd-time"),
        OtlpFixtures.callTrace("dlq-front", "dlq-back", 86_400L * 1_000_000_000L, false).toByteArray()); // 1970
    TestKafka.send("otlp_spans", key("valid-after-bad"), valid);
    TestKafka.send("otlp_metrics", key("metrics-garbage"), new byte[] {(byte) 0x0a, (byte) 0xff, 0x01});
    TestKafka.send("otlp_logs", key("logs-garbage"), new byte[] {(byte) 0x0a, (byte) 0x7f});
    TestKafka.send("rootline.deploys", key("deploy-bad-json"), "{\"service\": ".getBytes(StandardCharsets.UTF_8));
    TestKafka.send("rootline.deploys", key("deploy-no-service"),
        "{\"version\": \"1.2.3\", \"at\": \"2026-03-02T10:15:00Z\"}".getBytes(StandardCharsets.UTF_8));

    var dead = TestKafka.await("rootline.dlq", 7, Duration.ofSeconds(30), r -> {
      String k = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
      return k.equals("truncated") || k.equals("garbage") || k.equals("absurd-time") || k.startsWith("metrics-")
          || k.startsWith("logs-") || k.startsWith("deploy-");
    });
    assertThat(dead).allSatisfy(r -> {
      assertThat(TestKafka.header(r, "dead-letter-reason")).isNotBlank();
      assertThat(TestKafka.header(r, "dead-letter-topic"))
          .isIn("otlp_spans", "otlp_metrics", "otlp_logs", "rootline.deploys");
    });
    var noService = dead.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("deploy-no-service"))
        .findFirst().orElseThrow();
    assertThat(TestKafka.header(noService, "dead-letter-reason")).contains("service");
    assertThat(TestKafka.header(noService, "dead-letter-topic")).isEqualTo("rootline.deploys");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(PrometheusText.records("spans", "dlq")).isEqualTo(spansDlqBefore + 3);
      assertThat(PrometheusText.records("metrics", "dlq")).isEqualTo(metricsDlqBefore + 1);
      assertThat(PrometheusText.records("logs", "dlq")).isEqualTo(logsDlqBefore + 1);
      assertThat(PrometheusText.records("deploys", "dlq")).isEqualTo(deploysDlqBefore + 2);
      assertThat(PrometheusText.records("spans", "ok")).isGreaterThanOrEqualTo(spansOkBefore + 1);
    });
  }

  private static byte[] key(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }
}
