package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.explain.Explanations;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.ReportJson;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With no model configured (the default), every report gets the template's explanation, counted;
 * and an explanation, the model's included, is kept and served as written.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class ExplainTemplateIT {
  @Inject
  Explanations explanations;

  @Inject
  ReportSink sink;

  @Test
  void noModel_reportGetsTheTemplate_andTheCountRises() {
    double before = PrometheusText.value("rootline_explanations_total", "source", "template", "outcome", "template");

    RcaReport explained = explanations.explain(ReportFixtures.CHECKOUT_BAD_DEPLOY, id -> { });

    assertThat(explanations.usesModel()).isFalse();
    assertThat(explained.explanation().source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(explained.explanation().evidenceIds()).containsExactly("e1", "e2");
    assertThat(PrometheusText.value("rootline_explanations_total", "source", "template", "outcome", "template"))
        .isEqualTo(before + 1);
  }

  @Test
  void modelExplanation_isStoredAndServedAsWritten() {
    RcaReport report = ReportFixtures.report("inc-explained-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60)).withExplanation(new Explanation(
            "POST /checkout fails 21% of the time since 10:15:00 UTC.", "checkout 2.4.0 broke PlaceOrder.",
            List.of("e1", "e2"), List.of("Roll back checkout to 2.3.9."), List.of("Compare 2.4.0 with 2.3.9 (e2)."),
            Explanation.Source.MODEL, "gpt-4o-mini"));

    sink.accept(report);

    String served = given().get("/api/incidents/{id}", report.id()).then().statusCode(200).extract().asString();
    assertThat(served).contains("\"likely_cause\"", "\"evidence_ids\"", "\"next_checks\"", "\"source\":\"model\"");
    assertThat(ReportJson.read(served)).isEqualTo(report);
  }
}
