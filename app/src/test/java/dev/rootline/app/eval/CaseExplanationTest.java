package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import dev.rootline.rca.explain.Explainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseExplanationTest {
  private static final Explainer TEMPLATE = Explainer.template(Redactor.standard());

  @Test
  void of_template_passesTheCheck_andNamesTheRootCauseRankedFirst() {
    CaseExplanation x = CaseExplanation.of(TEMPLATE, false, ReportFixtures.CHECKOUT_BAD_DEPLOY, "checkout");

    assertThat(x.passes()).isTrue();
    assertThat(x.problems()).isEmpty();
    assertThat(x.rankedFirst()).isTrue();
    assertThat(x.namesRootCause()).isTrue();
  }

  @Test
  void of_rootCauseRankedLower_isNotRankedFirst_andNotNamed() {
    CaseExplanation x = CaseExplanation.of(TEMPLATE, false, ReportFixtures.CHECKOUT_BAD_DEPLOY, "postgres");

    assertThat(x.rankedFirst()).isFalse();
    assertThat(x.namesRootCause()).as("postgres is only part of postgres-orders").isFalse();
  }

  @Test
  void of_withAModel_passesOnlyWhenTheModelWroteIt() {
    Explainer refusedModel = report -> TEMPLATE.explain(report);
    Explainer goodModel = report -> new Explanation("s", "checkout 2.4.0 broke it.", List.of("e1"), List.of(),
        List.of(), Explanation.Source.MODEL, "m");

    assertThat(CaseExplanation.of(refusedModel, true, ReportFixtures.CHECKOUT_BAD_DEPLOY, "checkout").passes())
        .isFalse();
    assertThat(CaseExplanation.of(goodModel, true, ReportFixtures.CHECKOUT_BAD_DEPLOY, "checkout").passes())
        .isTrue();
  }
}
