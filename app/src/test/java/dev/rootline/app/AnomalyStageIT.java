package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.anomaly.AnomalyStage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The anomaly stage on a real broker: the baseline a detector learned survives a restart that wipes
 * local state (it comes back from the changelog topic), so a step after the restart is caught at
 * once instead of being taken for the first values of a new series.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class AnomalyStageIT {
  private static final String SERIES = "op:restore-svc|GET /restore|1.0.0";
  private static final long WINDOW = 10_000;

  @Inject
  AnomalyStage stage;

  @Test
  void baseline_survivesRestartFromChangelog_andStepAfterRestartIsDetected() {
    long now = System.currentTimeMillis();
    long start = now - now % WINDOW - 100 * WINDOW; // event time: the last 100 windows
    double before = observationsProcessed();
    for (int i = 0; i < 90; i++) {
      send(start + i * WINDOW, 100 + (i % 5), 200);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> observationsProcessed() >= before + 90);
    assertThat(anomaliesOf("restore-svc")).isEmpty();

    stage.stop();
    stage.start(true); // local state wiped: the detector state must be restored from its changelog
    for (int i = 90; i < 96; i++) {
      send(start + i * WINDOW, 1_500, 200);
    }

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(anomaliesOf("restore-svc"))
        .anySatisfy(a -> {
          assertThat(a).containsEntry("signal", "latency_p99").containsEntry("direction", "up");
          assertThat((String) a.get("onset")).isNotBlank();
        }));
  }

  private static void send(long windowStart, double p99, long count) {
    String json = """
        {"series":{"kind":"operation","service":"restore-svc","operation":"GET /restore","version":"1.0.0"},
         "signal":"latency_p99","start":%d,"duration_ms":%d,"value":%s,"samples":%d}
        """.formatted(windowStart, WINDOW, p99, count);
    TestKafka.send("rootline.windows", SERIES.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8),
        windowStart + WINDOW);
  }

  private static List<Map<String, Object>> anomaliesOf(String service) {
    return given().queryParam("service", service).get("/api/anomalies").then().statusCode(200)
        .extract().jsonPath().getList("$");
  }

  private static double observationsProcessed() {
    return PrometheusText.value("rootline_anomaly_observations_total");
  }

}
