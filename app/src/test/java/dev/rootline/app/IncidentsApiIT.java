package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/incidents}: order, filters, bounds and errors. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class IncidentsApiIT {
  // Later than any other test's incidents, so that ?since= sees only these.
  private static final Instant T0 = Instant.parse("2090-01-01T00:00:00Z");

  @Inject
  ReportStore store;

  @Test
  void list_isNewestOnsetFirst_andHonoursSinceAndLimit() {
    store.save(ReportFixtures.report("inc-api-early", 1, T0, T0.plusSeconds(600)));
    store.save(ReportFixtures.report("inc-api-late", 1, T0.plusSeconds(300), T0.plusSeconds(400)));
    store.save(ReportFixtures.report("inc-api-gone", 1, T0.minusSeconds(3600), T0.minusSeconds(1800)));

    assertThat(ids("2090-01-01T00:00:00Z", null)).containsExactly("inc-api-late", "inc-api-early");
    assertThat(ids("2090-01-01T01:00:00+01:00", "1")).containsExactly("inc-api-late");
    assertThat(ids("2090-01-01T00:10:00Z", null)).containsExactly("inc-api-early");
    assertThat(ids("2090-01-01T00:10:01Z", null)).isEmpty();
  }

  @Test
  void unknownIncident_is404WithJsonError() {
    given().get("/api/incidents/{id}", "inc-never").then().statusCode(404)
        .contentType("application/json").body("error", containsString("inc-never"));
  }

  @Test
  void badLimitOrSince_is400NamingTheParameter() {
    for (String limit : List.of("0", "501", "ten", "-3")) {
      given().queryParam("limit", limit).get("/api/incidents").then().statusCode(400)
          .contentType("application/json").body("error", containsString("limit"));
    }
    for (String since : List.of("yesterday", "2026-03-02", "2026-03-02T10:15:00")) {
      given().queryParam("since", since).get("/api/incidents").then().statusCode(400)
          .body("error", containsString("since"));
    }
    given().queryParam("limit", "500").get("/api/incidents").then().statusCode(200);
  }

  @Test
  void withoutParameters_listsAtMostFifty() {
    for (int i = 0; i < 55; i++) {
      store.save(ReportFixtures.report("inc-api-many-" + i, 1, T0.minusSeconds(90_000 + i), T0.minusSeconds(90_000)));
    }

    given().get("/api/incidents").then().statusCode(200).body("size()", equalTo(50));
  }

  private static List<String> ids(String since, String limit) {
    var request = given().queryParam("since", since);
    if (limit != null) {
      request = request.queryParam("limit", limit);
    }
    return request.get("/api/incidents").then().statusCode(200).extract().jsonPath().getList("id");
  }
}
