package dev.rootline.app.k8s;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rootline.app.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paths the manifests probe and scrape, asked of the running application: a probe that
 * answered 404 would restart every pod, a ServiceMonitor on a wrong path would scrape nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class ManifestProbesIT {

  @Test
  void probesAndScrapePath_answerOnTheRunningApp() {
    for (String overlayName : List.of("dev", "prod")) {
      Overlay overlay = Overlay.render(overlayName);
      JsonNode container = overlay.container();
      for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
        String path = container.path(probe).path("httpGet").path("path").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(path).then().statusCode(200));
      }
      String metrics = overlay.only("ServiceMonitor").path("spec").path("endpoints").get(0).path("path").asText();
      given().get(metrics).then().statusCode(200).body(containsString("rootline_"));
    }
  }
}
