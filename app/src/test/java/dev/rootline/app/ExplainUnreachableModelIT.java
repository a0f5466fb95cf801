package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.explain.Explanations;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.Explanation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a model configured at an address nobody listens on, Rootline starts, serves, and explains by template. */
@QuarkusTest
@TestProfile(ExplainUnreachableModelIT.UnreachableModel.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class ExplainUnreachableModelIT {

  /** A model at a local port that was free a moment ago, and is closed now; no API key at all. */
  public static class UnreachableModel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rootline.llm.base-url", "http://127.0.0.1:" + closedPort() + "/v1",
          "rootline.llm.model", "gpt-4o-mini",
          "rootline.llm.timeout", "2s",
          "rootline.llm.request-timeout", "2s");
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Inject
  Explanations explanations;

  @Test
  void unreachableModel_serviceStillServes_andReportsGetTheTemplateWithinTheBound() {
    given().get("/q/health/live").then().statusCode(200);
    given().get("/api/incidents").then().statusCode(200);

    long began = System.nanoTime();
    Explanation e = explanations.explain(ReportFixtures.CHECKOUT_BAD_DEPLOY, id -> { }).explanation();

    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(4));
    assertThat(explanations.usesModel()).isTrue();
    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
  }
}
