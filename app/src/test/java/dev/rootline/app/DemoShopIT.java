package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Demo mode end to end on a real broker: the simulated shop's Kafka sink writes OTLP, Rootline reads
 * it back, and every shop service shows live series.
 */
@QuarkusTest
@TestProfile(DemoShopIT.DemoMode.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class DemoShopIT {
  private static final Set<String> SHOP = Set.of("frontend", "checkout", "cart", "payment", "shipping",
      "currency", "productcatalog", "recommendation", "email", "ad");

  /** The demo on topics of its own; a high peak rate so that every service is busy at any hour. */
  public static class DemoMode implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rootline.demo.enabled", "true",
          "rootline.demo.peak-rps", "150",
          "rootline.topics.spans", "demo_spans",
          "rootline.topics.metrics", "demo_metrics",
          "rootline.topics.logs", "demo_logs",
          "rootline.topics.deploys", "demo_deploys",
          "rootline.kafka.group-id", "rootline-demo");
    }
  }

  @Test
  void demoShop_showsLiveSeriesForEveryService() {
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      List<Map<String, Object>> series = given().get("/api/series").then().statusCode(200)
          .extract().jsonPath().getList("findAll { it.kind == 'operation' && it.requests > 0 }");
      Set<String> services = series.stream().map(s -> (String) s.get("service")).collect(Collectors.toSet());
      assertThat(services).containsAll(SHOP);
    });
    // Deploys arrive on their own topic, so they may trail the series on a busy machine.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/deploys").then().statusCode(200)
        .body("service", org.hamcrest.Matchers.hasItems(SHOP.toArray())));

    var records = TestKafka.await("demo_spans", 5, Duration.ofSeconds(10), r -> true);
    assertThat(records).allSatisfy(r -> {
      ExportTraceServiceRequest trace = ExportTraceServiceRequest.parseFrom(r.value());
      byte[] traceId = trace.getResourceSpans(0).getScopeSpans(0).getSpans(0).getTraceId().toByteArray();
      assertThat(r.key()).as("keyed by trace id, as partition_traces_by_id does").isEqualTo(traceId);
    });
  }
}
