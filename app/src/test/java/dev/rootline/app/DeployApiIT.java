package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deploy events through the REST API and the topic, and deploys inferred from new versions. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class DeployApiIT {

  @Test
  void postedDeploy_isPublishedAndListed() {
    given().contentType("application/json").body("""
        {"service": "api-checkout", "version": "2.4.0", "previous_version": "2.3.9",
         "environment": "production", "kind": "deploy", "at": "2026-03-02T10:15:00Z",
         "commit": "4f2a9c1", "author": "ci-bot", "description": "checkout 2.4.0"}
        """).post("/api/deploys").then().statusCode(202).body("service", equalTo("api-checkout"));

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/deploys").then()
        .statusCode(200)
        .body("findAll { it.service == 'api-checkout' }.version", hasItem("2.4.0"))
        .body("findAll { it.service == 'api-checkout' }.source", hasItem("reported")));
  }

  @Test
  void postedDeployWithUnknownKind_isRejectedWithReason() {
    given().contentType("application/json")
        .body("{\"service\": \"x\", \"kind\": \"migrate\", \"at\": \"2026-03-02T10:15:00Z\"}")
        .post("/api/deploys").then().statusCode(400).body("error", containsString("kind"));
  }

  @Test
  void newVersionInSpans_isRecordedAsInferredDeploy() {
    long now = System.currentTimeMillis() * 1_000_000;
    TestKafka.send("otlp_spans", null,
        OtlpFixtures.callTrace("infer-a", "infer-b", now, false).toByteArray());
    var upgraded = OtlpFixtures.callTrace("infer-a", "infer-b", now + 1_000_000, false).toBuilder();
    upgraded.getResourceSpansBuilder(1).getResourceBuilder()
        .addAttributes(OtlpFixtures.attr("service.version", "2.2.0"));
    upgraded.getResourceSpansBuilder(1).getResourceBuilder().removeAttributes(1);
    TestKafka.send("otlp_spans", null, upgraded.build().toByteArray());

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/deploys").then()
        .body("findAll { it.service == 'infer-b' && it.source == 'inferred' }.version", hasItem("2.2.0"))
        .body("findAll { it.service == 'infer-b' && it.source == 'inferred' }.previous_version", hasItem("2.1.0")));
  }
}
