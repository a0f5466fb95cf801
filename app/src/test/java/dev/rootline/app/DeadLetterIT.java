package dev.rootline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.InvalidRecordException;
import dev.rootline.ingest.otlp.OtlpDecoder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Bad records of every signal go to rootline.dlq with the reason and source topic, and are counted. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class DeadLetterIT {
  /** Bad records per topic in the volume test. */
  private static final Map<String, Integer> BAD_AT_VOLUME =
      Map.of("otlp_spans", 200, "otlp_metrics", 100, "otlp_logs", 100, "rootline.deploys", 100);

  @Inject
  OtlpDecoder decoder;

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

  @Test
  void badRecordsAtVolume_allLandInDeadLetterTopicWithReasons_andAreCounted() {
    Map<String, Double> before = new LinkedHashMap<>();
    for (String signal : new String[] {"spans", "metrics", "logs", "deploys"}) {
      before.put(signal, PrometheusText.records(signal, "dlq"));
    }
    double spansOkBefore = PrometheusText.records("spans", "ok");
    Random random = new Random(8);
    long now = System.currentTimeMillis() * 1_000_000;
    int total = 0;
    // Sent in one burst, so that spans arrive in polls large enough to be decoded in parallel chunks.
    List<ProducerRecord<byte[], byte[]>> burst = new ArrayList<>();
    for (Map.Entry<String, Integer> topic : BAD_AT_VOLUME.entrySet()) {
      for (int i = 0; i < topic.getValue(); i++) {
        burst.add(new ProducerRecord<>(topic.getKey(), key("volume-" + topic.getKey() + "-" + i),
            badRecord(topic.getKey(), random, now)));
        total++;
        if (i % 20 == 0 && topic.getKey().equals("otlp_spans")) {
          burst.add(new ProducerRecord<>("otlp_spans", key("volume-valid-" + i),
              OtlpFixtures.callTrace("volume-front", "volume-back", now, false).toByteArray()));
        }
      }
    }
    TestKafka.sendAll(burst);

    var dead = TestKafka.await("rootline.dlq", total, Duration.ofSeconds(60),
        r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith("volume-"));
    assertThat(dead).hasSize(total).allSatisfy(r -> {
      String key = new String(r.key(), StandardCharsets.UTF_8);
      assertThat(TestKafka.header(r, "dead-letter-reason")).as("reason of %s", key).isNotBlank();
      assertThat(key).startsWith("volume-" + TestKafka.header(r, "dead-letter-topic") + "-");
    });
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(PrometheusText.records("spans", "dlq")).isEqualTo(before.get("spans") + 200);
      assertThat(PrometheusText.records("metrics", "dlq")).isEqualTo(before.get("metrics") + 100);
      assertThat(PrometheusText.records("logs", "dlq")).isEqualTo(before.get("logs") + 100);
      assertThat(PrometheusText.records("deploys", "dlq")).isEqualTo(before.get("deploys") + 100);
      assertThat(PrometheusText.records("spans", "ok")).isGreaterThanOrEqualTo(spansOkBefore + 10);
    });
  }

  /**
   * A record for {@code topic} that Rootline must reject: a valid one truncated, bit-flipped or
   * replaced by noise, kept only once the app's own decoder has refused it (some mutations still
   * decode, and an accepted record would not reach the dead-letter topic).
   */
  private byte[] badRecord(String topic, Random random, long nowNanos) {
    while (true) {
      byte[] valid = switch (topic) {
        case "otlp_spans" -> OtlpFixtures.callTrace("volume-front", "volume-back", nowNanos, true).toByteArray();
        case "otlp_metrics" -> OtlpFixtures.metricsExport("volume-front", nowNanos, 0.5, 10).toByteArray();
        case "otlp_logs" -> OtlpFixtures.logExport("volume-front", nowNanos, true).toByteArray();
        default -> ("{\"service\":\"volume-front\",\"version\":\"1.0\",\"at\":\"2026-03-02T10:15:00Z\"}")
            .getBytes(StandardCharsets.UTF_8);
      };
      byte[] bad = switch (random.nextInt(3)) {
        case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
        case 1 -> flipBits(valid, random);
        default -> noise(random);
      };
      if (rejects(topic, bad)) {
        return bad;
      }
    }
  }

  private boolean rejects(String topic, byte[] record) {
    Consumer<byte[]> decode = switch (topic) {
      case "otlp_spans" -> decoder::spans;
      case "otlp_metrics" -> decoder::metrics;
      case "otlp_logs" -> decoder::logs;
      default -> DeployEventJson::read;
    };
    try {
      decode.accept(record);
      return false;
    } catch (InvalidRecordException e) {
      return true;
    }
  }

  private static byte[] flipBits(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] noise(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(512)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] key(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }
}
