package dev.rootline.app.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.OtlpFixtures;
import dev.rootline.app.PrometheusText;
import dev.rootline.app.TestKafka;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relational store (PostgreSQL) goes away and comes back on the same port and data: while it
 * is away a report is refused and counted, Rootline is unready but alive and keeps ingesting; once
 * it is back the same report, handed over again (as the analysis does at its next revision), is
 * kept, and Rootline is ready again.
 */
@QuarkusTest
@TestProfile(StoreOutageIT.OwnStore.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class StoreOutageIT {
  private static final String SPANS = "storeoutage_spans";
  private static final int RECORDS = 20;

  /** Reports in a PostgreSQL server of its own; topics of its own. */
  public static class OwnStore implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.topics.spans", SPANS),
          Map.entry("rootline.topics.metrics", "storeoutage_metrics"),
          Map.entry("rootline.topics.logs", "storeoutage_logs"),
          Map.entry("rootline.topics.deploys", "storeoutage.deploys"),
          Map.entry("rootline.topics.windows", "storeoutage.windows"),
          Map.entry("rootline.topics.anomalies", "storeoutage.anomalies"),
          Map.entry("rootline.topics.reports", "storeoutage.reports"),
          Map.entry("rootline.kafka.group-id", "rootline-storeoutage"),
          Map.entry("rootline.anomaly.application-id", "rootline-anomaly-storeoutage"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(OutagePostgresResource.class));
    }
  }

  @Inject
  ReportSink sink;

  @TestHTTPResource("/q/health/ready")
  URI ready;

  @TestHTTPResource("/q/health/live")
  URI live;

  @Test
  void storeDownAndBack_reportRefusedAndCounted_thenKept_ingestUnaffected() {
    RestartablePostgres postgres = OutagePostgresResource.postgres();
    RcaReport before = ReportFixtures.report("inc-store-before-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    RcaReport during = ReportFixtures.report("inc-store-during-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    double storedBefore = reports("stored");
    double failedBefore = reports("failed");
    double okBefore = PrometheusText.records("spans", "ok");
    sink.accept(before);
    await().atMost(Duration.ofSeconds(30)).until(() -> Probe.status(ready) == 200);

    postgres.stop();
    assertThatThrownBy(() -> sink.accept(during)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(during.id());
    assertThat(reports("failed")).isEqualTo(failedBefore + 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> Probe.status(ready) != 200);
    assertThat(Probe.status(live)).isEqualTo(200);
    for (int i = 0; i < RECORDS; i++) {
      TestKafka.send(SPANS, ("store" + i).getBytes(StandardCharsets.UTF_8),
          OtlpFixtures.callTrace("store-front", "store-back", System.currentTimeMillis() * 1_000_000, false)
              .toByteArray());
    }
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(PrometheusText.records("spans", "ok")).isEqualTo(okBefore + RECORDS));

    postgres.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> accepted(during));
    await().atMost(Duration.ofSeconds(30)).until(() -> Probe.status(ready) == 200);
    given().get("/api/incidents/{id}", during.id()).then().statusCode(200);
    given().get("/api/incidents/{id}", before.id()).then().statusCode(200);
    assertThat(reports("stored")).isEqualTo(storedBefore + 2);
    assertThat(reports("failed")).isGreaterThanOrEqualTo(failedBefore + 1);
  }

  /** Hands the report over again, as the analysis does at the incident's next revision. */
  private boolean accepted(RcaReport report) {
    try {
      sink.accept(report);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static double reports(String outcome) {
    return PrometheusText.value("rootline_reports_total", "outcome", outcome);
  }
}
