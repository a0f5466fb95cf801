package dev.rootline.app.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/incidents/{id}/label}: labels into the shared store, their history, and what is refused. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class LabelApiIT {
  private static final Instant T0 = Instant.parse("2091-01-01T00:00:00Z");

  @Inject
  ReportStore reports;

  @Inject
  LabelStore labels;

  private String incident(String id) {
    reports.save(ReportFixtures.report(id, 2, T0, T0.plusSeconds(300)));
    return id;
  }

  @Test
  void post_keepsTheLabelInTheStoreSlackUses_andGetListsTheHistoryOldestFirst() {
    String id = incident("inc-label-history");

    post(id, Map.of("service", "checkout", "indicator", "code-change", "by", "ana")).then().statusCode(201)
        .body("service", equalTo("checkout")).body("indicator", equalTo("code-change"))
        .body("source", equalTo("api")).body("revision", equalTo(2));
    post(id, Map.of("service", "postgres-orders", "indicator", "latency", "note", "the DB after all")).then()
        .statusCode(201).body("by", equalTo("api"));

    assertThat(labels.of(id)).extracting(Label::service, Label::indicator, Label::source, Label::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("checkout", Indicator.CODE_CHANGE, Label.Source.API, Label.Verdict.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple("postgres-orders", Indicator.LATENCY, Label.Source.API,
                Label.Verdict.CONFIRMED));
    for (String path : new String[] {"/api/incidents/{id}/labels", "/api/incidents/{id}/label"}) {
      given().get(path, id).then().statusCode(200).body("size()", equalTo(2))
          .body("[0].service", equalTo("checkout")).body("[0].by", equalTo("ana"))
          .body("[1].note", equalTo("the DB after all")).body("[1].incident_id", equalTo(id));
    }
  }

  @Test
  void labelsFromSlack_showInTheHistoryAndOnThePages() {
    String id = incident("inc-label-from-slack");
    labels.add(new Label(id, 2, Label.Verdict.WRONG, "checkout", null, "", "U024BE7LH", T0.plusSeconds(400),
        Label.Source.SLACK));

    given().get("/api/incidents/{id}/labels", id).then().statusCode(200).body("size()", equalTo(1))
        .body("[0].source", equalTo("slack")).body("[0].verdict", equalTo("wrong"));
    given().get("/incidents/{id}", id).then().statusCode(200).body(containsString("U024BE7LH"))
        .body(containsString("not: checkout"));
  }

  @Test
  void post_toAnUnknownIncident_is404() {
    post("inc-never-seen", Map.of("service", "checkout", "indicator", "latency")).then().statusCode(404)
        .body("error", containsString("inc-never-seen"));
    given().get("/api/incidents/{id}/labels", "inc-never-seen").then().statusCode(404);
  }

  @Test
  void post_namingAServiceTheIncidentDoesNotKnow_is400_andNothingIsKept() {
    String id = incident("inc-label-bad-service");

    post(id, Map.of("service", "nginx", "indicator", "latency")).then().statusCode(400)
        .body("error", containsString("unknown service 'nginx'"));
    post(id, Map.of("indicator", "latency")).then().statusCode(400).body("error", containsString("service"));

    assertThat(labels.of(id)).isEmpty();
  }

  @Test
  void post_withAnUnknownIndicator_is400() {
    String id = incident("inc-label-bad-indicator");

    post(id, Map.of("service", "checkout", "indicator", "gremlins")).then().statusCode(400)
        .body("error", containsString("unknown indicator 'gremlins'"));

    assertThat(labels.of(id)).isEmpty();
  }

  @Test
  void post_withANoteOver2000Characters_is400_butExactly2000IsKept() {
    String id = incident("inc-label-long-note");

    post(id, Map.of("service", "checkout", "indicator", "latency", "note", "x".repeat(2001))).then().statusCode(400)
        .body("error", containsString("2001"));
    post(id, Map.of("service", "checkout", "indicator", "latency", "note", "x".repeat(2000))).then().statusCode(201);

    assertThat(labels.of(id)).singleElement().satisfies(l -> assertThat(l.note()).hasSize(2000));
  }

  @Test
  void post_ofSomethingThatIsNotJson_is400() {
    String id = incident("inc-label-not-json");

    given().contentType(ContentType.JSON).body("{\"service\": ").post("/api/incidents/{id}/label", id).then()
        .statusCode(400);
    assertThat(labels.of(id)).isEmpty();
  }

  @Test
  void withoutAToken_pagesAndApiAreOpen() {
    String id = incident("inc-label-open");

    given().get("/incidents").then().statusCode(200).body(containsString(id));
    given().get("/incidents/{id}", id).then().statusCode(200);
    given().get("/api/incidents/{id}", id).then().statusCode(200);
    given().get("/incidents/token").then().statusCode(200).body(containsString(id)); // redirected to the list
  }

  private static io.restassured.response.Response post(String id, Map<String, String> body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/incidents/{id}/label", id);
  }
}
