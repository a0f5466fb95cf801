package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.ingest.otlp.OtlpJson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code rootline.ingest.encoding=otlp_json}, OTLP/JSON records (hex ids) are read from Kafka. */
@QuarkusTest
@TestProfile(JsonEncodingIT.OtlpJsonTopics.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class JsonEncodingIT {

  /** JSON-encoded topics of their own, so records of the protobuf tests are not read here. */
  public static class OtlpJsonTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rootline.ingest.encoding", "otlp_json",
          "rootline.topics.spans", "json_spans",
          "rootline.topics.metrics", "json_metrics",
          "rootline.topics.logs", "json_logs",
          "rootline.kafka.group-id", "rootline-json");
    }
  }

  @Test
  void jsonRecordsOnTopic_becomeSeries_andProtobufRecordsAreDeadLettered() {
    long nowMillis = System.currentTimeMillis();
    long now = (nowMillis - nowMillis % 2_000 + 500) * 1_000_000;
    String json = OtlpJson.print(OtlpFixtures.callTrace("json-topic-a", "json-topic-b", now, true));
    TestKafka.send("json_spans", null, json.getBytes(StandardCharsets.UTF_8));
    byte[] proto = OtlpFixtures.callTrace("json-topic-a", "json-topic-b", now, false).toByteArray();
    TestKafka.send("json_spans", "proto-on-json-topic".getBytes(StandardCharsets.UTF_8), proto);

    Map<String, Object> series = await().atMost(Duration.ofSeconds(30)).until(
        () -> seriesOf("json-topic-b"), s -> !s.isEmpty()).get(0);
    assertThat(series).containsEntry("requests", 1).containsEntry("errors", 1);

    var dead = TestKafka.await("rootline.dlq", 1, Duration.ofSeconds(20),
        r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals("proto-on-json-topic"));
    assertThat(TestKafka.header(dead.get(0), "dead-letter-topic")).isEqualTo("json_spans");
    assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).containsIgnoringCase("json");
  }

  private static List<Map<String, Object>> seriesOf(String service) {
    return given().queryParam("service", service).get("/api/series")
        .then().statusCode(200).extract().jsonPath().getList("$");
  }
}
