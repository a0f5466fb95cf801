package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.TrafficCycle;
import dev.rootline.simulator.sink.KafkaTelemetrySink;
import dev.rootline.simulator.sink.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole path through Kafka: the simulated shop's telemetry with an injected fault (replayed
 * faster than real time) becomes windows, observations on the windows topic, an anomaly on the
 * faulty service from the Kafka Streams stage, and an incident whose stored report ranks the
 * faulty service first.
 */
@QuarkusTest
@TestProfile(InjectedFaultIT.OwnTopics.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class InjectedFaultIT {
  private static final Topics TOPICS = new Topics("fault_spans", "fault_metrics", "fault_logs", "fault_deploys");

  /** Topics, groups and detector state of its own; a grace that tolerates a fast replay's skew. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.topics.spans", TOPICS.spans()),
          Map.entry("rootline.topics.metrics", TOPICS.metrics()),
          Map.entry("rootline.topics.logs", TOPICS.logs()),
          Map.entry("rootline.topics.deploys", TOPICS.deploys()),
          Map.entry("rootline.topics.windows", "fault.windows"),
          Map.entry("rootline.topics.anomalies", "fault.anomalies"),
          Map.entry("rootline.kafka.group-id", "rootline-fault"),
          Map.entry("rootline.anomaly.application-id", "rootline-anomaly-fault"),
          Map.entry("rootline.topics.reports", "fault.reports"),
          Map.entry("rootline.rca.tick", "1s"),
          Map.entry("rootline.ingest.window", "10s"),
          Map.entry("rootline.ingest.grace", "60s"),
          Map.entry("rootline.ingest.min-grace", "60s"));
    }
  }

  @Test
  void injectedErrors_becomeAnAnomalyAndAStoredReportBlamingTheFaultyService() {
    Instant to = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    Instant from = to.minus(45, ChronoUnit.MINUTES);
    Instant faultStart = from.plus(35, ChronoUnit.MINUTES);
    Fault fault = new Faults(ShopModel.standard(7))
        .create(FaultType.ERRORS, "productcatalog", faultStart, to, null);
    // The same traffic at every hour: the test's outcome must not depend on when CI runs it.
    Simulation simulation = new Simulation(ShopModel.standard(7).withTrafficCycle(TrafficCycle.BUSY_ALL_DAY),
        SimulationConfig.defaults().withPeakRootRequestsPerSecond(40).withSeed(11), FaultPlan.of(fault));
    try (KafkaTelemetrySink sink = KafkaTelemetrySink.create(KafkaBrokerResource.bootstrapServers(),
        Encoding.OTLP_PROTO, TOPICS)) {
      simulation.run(from, to, sink);
    }

    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
      List<Map<String, Object>> anomalies = given().queryParam("service", "productcatalog").get("/api/anomalies")
          .then().statusCode(200).extract().jsonPath().getList("$");
      assertThat(anomalies).anySatisfy(a -> {
        assertThat(a.get("signal")).isEqualTo("error_ratio");
        assertThat(Instant.parse((String) a.get("onset"))).isAfterOrEqualTo(faultStart.minusSeconds(60));
      });
    });

    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
      // Other tests keep their own (future-dated) incidents in the same store: ask for all.
      List<Map<String, Object>> incidents = given().queryParam("limit", 500).get("/api/incidents").then().statusCode(200)
          .extract().jsonPath().getList("$");
      assertThat(incidents).anySatisfy(incident -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) incident.get("top_cause");
        assertThat(top).isNotNull();
        assertThat(top.get("service")).isEqualTo("productcatalog");
        String id = (String) incident.get("id");
        var report = given().get("/api/incidents/{id}", id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> evidence = report.getList("candidates[0].evidence");
        assertThat(evidence).isNotEmpty();
        // No model is configured in tests: the analysis stage gave the report the template's explanation.
        assertThat(report.getString("explanation.source")).isEqualTo("template");
        assertThat(report.getString("explanation.likely_cause")).contains("productcatalog");
        assertThat(report.getList("explanation.evidence_ids", String.class)).isNotEmpty()
            .allSatisfy(cited -> assertThat(evidence).anySatisfy(e -> assertThat(e.get("id")).isEqualTo(cited)));
      });
    });
  }
}
