package dev.rootline.app.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.OtlpFixtures;
import dev.rootline.app.PrometheusText;
import dev.rootline.app.TestKafka;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A notification channel that accepts requests and never answers does not slow ingest: while its
 * requests hang and time out, spans keep being read and their windows keep closing at the usual
 * pace, and the notification waits in the outbox as pending, retried.
 */
@QuarkusTest
@TestProfile(SlowChannelIT.DeadChannel.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class SlowChannelIT {
  private static final String SPANS = "slowchannel_spans";
  private static final int ROUNDS = 4;
  private static final int RECORDS_PER_ROUND = 25;
  /** How long a round may take: a window (2 s) and its grace (1 s) plus ticks, with room for a busy machine. */
  private static final Duration ROUND_BOUND = Duration.ofSeconds(20);

  /** One webhook channel at the {@link SilentServer}; a request times out after 3 s and is retried soon. */
  public static class DeadChannel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.topics.spans", SPANS),
          Map.entry("rootline.topics.metrics", "slowchannel_metrics"),
          Map.entry("rootline.topics.logs", "slowchannel_logs"),
          Map.entry("rootline.topics.deploys", "slowchannel.deploys"),
          Map.entry("rootline.topics.windows", "slowchannel.windows"),
          Map.entry("rootline.topics.anomalies", "slowchannel.anomalies"),
          Map.entry("rootline.topics.reports", "slowchannel.reports"),
          Map.entry("rootline.kafka.group-id", "rootline-slowchannel"),
          Map.entry("rootline.anomaly.application-id", "rootline-anomaly-slowchannel"),
          Map.entry("rootline.notify.channels.silent.type", "webhook"),
          Map.entry("rootline.notify.tick", "200ms"),
          Map.entry("rootline.notify.coalesce", "0s"),
          Map.entry("rootline.notify.timeout", "3s"),
          Map.entry("rootline.notify.first-retry", "200ms"),
          Map.entry("rootline.notify.max-retry", "1s"),
          Map.entry("ROOTLINE_WEBHOOK_SECRET", "hook-secret-for-tests"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(SilentChannelResource.class));
    }
  }

  @Inject
  ReportSink sink;

  @Test
  void deadChannel_doesNotSlowIngest_andTheNotificationWaitsInTheOutbox() throws Exception {
    SilentServer channel = SilentChannelResource.server();
    RcaReport report = ReportFixtures.report("inc-silent-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    double okBefore = PrometheusText.records("spans", "ok");
    double dlqBefore = PrometheusText.records("spans", "dlq");

    sink.accept(report);
    assertThat(channel.take(15)).as("the first request, left hanging").isEqualTo("/hook");

    for (int round = 1; round <= ROUNDS; round++) {
      String service = "silent-front-" + round;
      long started = System.nanoTime();
      for (int i = 0; i < RECORDS_PER_ROUND; i++) {
        TestKafka.send(SPANS, (service + i).getBytes(StandardCharsets.UTF_8),
            OtlpFixtures.callTrace(service, "silent-back", System.currentTimeMillis() * 1_000_000, false)
                .toByteArray());
      }
      double expected = okBefore + round * RECORDS_PER_ROUND;
      await().atMost(ROUND_BOUND).untilAsserted(() -> {
        assertThat(PrometheusText.records("spans", "ok")).isEqualTo(expected);
        assertThat(seriesServices()).contains(service); // its window closed and reached the live view
      });
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ROUND_BOUND);
    }

    assertThat(channel.take(15)).as("a retry after the first request timed out").isEqualTo("/hook");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Map<String, Object> row = outboxRow(report.id());
      assertThat(row).containsEntry("state", "pending").containsEntry("channel", "silent");
      assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(1);
      assertThat((String) row.get("error")).isNotBlank();
      assertThat(PrometheusText.value("rootline_notifications_total", "channel", "silent", "outcome", "retry"))
          .isGreaterThanOrEqualTo(1.0);
    });
    assertThat(PrometheusText.value("rootline_notifications_total", "channel", "silent", "outcome", "delivered"))
        .isZero();
    assertThat(PrometheusText.records("spans", "dlq")).isEqualTo(dlqBefore);
  }

  private static Map<String, Object> outboxRow(String incidentId) {
    List<Map<String, Object>> rows = given().queryParam("limit", "500").get("/api/notifications").then()
        .statusCode(200).extract().jsonPath().getList("");
    return rows.stream().filter(r -> incidentId.equals(r.get("incident_id"))).findFirst().orElse(Map.of());
  }

  private static List<String> seriesServices() {
    return given().get("/api/series").then().statusCode(200).extract().jsonPath().getList("service", String.class);
  }
}
