package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end through a real broker: OTLP protobuf on otlp_spans becomes live series. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class SpansToSeriesIT {

  @Test
  void spansOnTopic_becomeSeriesWithCountsErrorsAndLatency() {
    long nowMillis = System.currentTimeMillis();
    long now = (nowMillis - nowMillis % 2_000 + 500) * 1_000_000; // early in one 2 s test window
    for (int i = 0; i < 20; i++) {
      byte[] record = OtlpFixtures.callTrace("e2e-front", "e2e-items", now + i * 1_000_000L, i % 4 == 0).toByteArray();
      TestKafka.send("otlp_spans", ("trace-" + i).getBytes(StandardCharsets.UTF_8), record);
    }

    Map<String, Object> items = await().atMost(Duration.ofSeconds(30)).until(
        () -> seriesOf("e2e-items"), s -> !s.isEmpty()).get(0);
    assertThat(items).containsEntry("kind", "operation").containsEntry("operation", "GET /items")
        .containsEntry("version", "2.1.0").containsEntry("requests", 20).containsEntry("errors", 5);
    assertThat(((Number) items.get("p50Ms")).doubleValue()).isBetween(20.0, 22.0);

    List<Map<String, Object>> front = seriesOf("e2e-front");
    assertThat(front).extracting(s -> s.get("id"))
        .containsExactlyInAnyOrder("op:e2e-front|GET /checkout|1.0.0", "edge:e2e-front->e2e-items");

    JsonPath services = given().get("/api/services").then().statusCode(200).extract().jsonPath();
    assertThat(services.getList("edges.findAll { it.caller == 'e2e-front' }.callee")).containsExactly("e2e-items");
    assertThat(services.getList("services.find { it.name == 'e2e-items' }.versions")).containsExactly("2.1.0");

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("rootline_ingest_spans_total")
        .containsPattern("rootline_ingest_records_total\\{[^}]*outcome=\"ok\"[^}]*signal=\"spans\"[^}]*\\} [1-9]");
    // The window shown above has closed, so the close delay (grace 1 s, tick 0.25 s here) was recorded.
    assertThat(PrometheusText.value("rootline_windows_close_delay_seconds_count")).isPositive();
    // The test profile's grace is fixed (min-grace = grace = 1 s): the gauge shows the grace in use.
    assertThat(PrometheusText.value("rootline_windows_grace_seconds")).isEqualTo(1.0);
    assertThat(PrometheusText.value("rootline_windows_close_delay_seconds_bucket", "le", "60.0")).isPositive();
  }

  private static List<Map<String, Object>> seriesOf(String service) {
    return given().queryParam("service", service).get("/api/series")
        .then().statusCode(200).extract().jsonPath().getList("$");
  }
}
