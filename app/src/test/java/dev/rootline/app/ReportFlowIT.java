package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.ReportJson;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A report handed to the service is kept (H2), published on rootline.reports, and served by the API. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class ReportFlowIT {
  private static final Instant ONSET = ReportFixtures.ONSET;

  @Inject
  ReportSink sink;

  @Test
  void acceptedReport_isStoredPublishedAndServed() {
    RcaReport report = ReportFixtures.report("inc-flow-" + UUID.randomUUID(), 1, ONSET, ONSET.plusSeconds(60));
    double storedBefore = reports("stored");

    sink.accept(report);

    ConsumerRecord<byte[], byte[]> published = published(report.id(), 1).get(0);
    assertThat(ReportJson.read(published.value())).isEqualTo(report);
    String served = given().get("/api/incidents/{id}", report.id()).then().statusCode(200)
        .contentType("application/json").extract().asString();
    assertThat(ReportJson.read(served)).isEqualTo(report);
    Map<String, Object> row = row(report.id());
    assertThat(row).containsEntry("state", "open").containsEntry("severity", "critical")
        .containsEntry("verdict", "confident").containsEntry("onset", "2026-03-02T10:15:00.123456789Z")
        .containsEntry("last_seen", "2026-03-02T10:16:00.123456789Z")
        .containsEntry("services", List.of("checkout", "frontend"))
        .containsEntry("top_cause", Map.of("service", "checkout", "indicator", "code-change", "confidence", 0.87f));
    assertThat(reports("stored")).isEqualTo(storedBefore + 1);
  }

  @Test
  void newerRevision_replacesServedReport_olderIsDroppedAndCounted() {
    String id = "inc-rev-" + UUID.randomUUID();
    RcaReport first = ReportFixtures.report(id, 1, ONSET, ONSET.plusSeconds(60));
    RcaReport second = ReportFixtures.report(id, 2, ONSET, ONSET.plusSeconds(120));
    double staleBefore = reports("stale");
    double repeatedBefore = reports("repeated");

    sink.accept(first);
    sink.accept(second);
    sink.accept(first);
    sink.accept(second);

    assertThat(published(id, 3)).extracting(r -> ReportJson.read(r.value()).revision()).containsExactly(1, 2, 2);
    assertThat(ReportJson.read(given().get("/api/incidents/{id}", id).asString())).isEqualTo(second);
    assertThat(reports("stale")).isEqualTo(staleBefore + 1);
    assertThat(reports("repeated")).isEqualTo(repeatedBefore + 1);
  }

  private static List<ConsumerRecord<byte[], byte[]>> published(String id, int count) {
    return TestKafka.await("rootline.reports", count, Duration.ofSeconds(30),
        r -> r.key() != null && id.equals(new String(r.key(), StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> row(String id) {
    List<Map<String, Object>> rows = given().queryParam("limit", 500).get("/api/incidents").then().statusCode(200)
        .extract().jsonPath().getList("$");
    return rows.stream().filter(r -> id.equals(r.get("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id + " in " + rows));
  }

  private static double reports(String outcome) {
    return PrometheusText.value("rootline_reports_total", "outcome", outcome);
  }
}
