package dev.rootline.rca.explain;

import static dev.rootline.rca.explain.ExplainFixtures.CHECKOUT_BAD_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateExplainerTest {
  private static final Explainer TEMPLATE = Explainer.template(Redactor.standard());

  @Test
  void explain_namesFirstCandidate_citesItsEvidence_rollsBackItsVersion() {
    Explanation e = TEMPLATE.explain(CHECKOUT_BAD_DEPLOY);

    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(e.model()).isNull();
    assertThat(e.summary()).isEqualTo("Critical incident since 10:15:00 UTC, hurting frontend, checkout. "
        + "One cause stands out.");
    assertThat(e.likelyCause()).isEqualTo("checkout 2.4.0 (code change): checkout 2.4.0 was deployed 40 s before "
        + "errors began in its own spans.");
    assertThat(e.evidenceIds()).containsExactly("e1", "e2");
    assertThat(e.mitigations()).containsExactly("Roll back checkout from 2.4.0 to the version before it.");
    assertThat(e.nextChecks()).containsExactly(
        "Compare the errors and latency of checkout before and after the change (e1).",
        "Open an example trace of the failing spans in checkout (e2).",
        "Rule out postgres-orders, ranked second.");
  }

  @Test
  void explain_isDeterministic() {
    assertThat(TEMPLATE.explain(CHECKOUT_BAD_DEPLOY)).isEqualTo(TEMPLATE.explain(CHECKOUT_BAD_DEPLOY));
  }

  @Test
  void explain_saysNoClearCause_whenNothingRanked() {
    Explanation e = TEMPLATE.explain(ExplainFixtures.NOTHING_RANKED);

    assertThat(e.likelyCause()).startsWith("No clear cause");
    assertThat(e.evidenceIds()).isEmpty();
    assertThat(e.summary()).endsWith("Resolved at 10:16:30 UTC.");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      CHANGE     | CODE_CHANGE   | 1.2.0 | Roll back cart from 1.2.0 to the version before it.
      CHANGE     | CONFIG_CHANGE |       | Revert the latest configuration or feature-flag change of cart.
      SERVICE    | CPU           |       | Scale out cart or raise its limits, and shed load from its callers.
      SERVICE    | SATURATION    |       | Scale out cart or raise its limits, and shed load from its callers.
      SERVICE    | MEMORY        |       | Restart the instances of cart to free memory, then scale out while the leak is found.
      DEPENDENCY | DEPENDENCY    |       | Fail over cart to a healthy replica, or shed load and open circuit breakers in its callers.
      SERVICE    | ERRORS        |       | Restart the unhealthy instances of cart and shed load from its callers.
      SERVICE    | LATENCY       | 1.2.0 | Roll back cart from 1.2.0 to the version before it.
      """)
  void explain_picksMitigationByIndicator(Candidate.Kind kind, Indicator indicator, String version, String step) {
    Candidate cart = new Candidate(kind, "cart", version, indicator, 1, 0.6, "cart is the cause", Map.of(), List.of());
    RcaReport report = new RcaReport(CHECKOUT_BAD_DEPLOY.incident(), 1, CHECKOUT_BAD_DEPLOY.analysedAt(),
        RcaReport.Verdict.CONFIDENT, List.of(cart), CHECKOUT_BAD_DEPLOY.blastRadius(), List.of(), null);

    assertThat(TEMPLATE.explain(report).mitigations()).first().isEqualTo(step);
  }

  @ParameterizedTest
  @CsvSource({"CONFIDENT", "LOW_CONFIDENCE", "NO_CLEAR_CAUSE"})
  void explain_passesTheCheck(RcaReport.Verdict verdict) {
    RcaReport report = ExplainFixtures.report("inc-v", verdict, "checkout 2.3.9 -> 2.4.0 at 10:14:20",
        "POST /checkout fails 21% of the time, 0.2% usually");
    Explanation e = TEMPLATE.explain(report);
    Answer asAnswer = new Answer(e.summary(), e.likelyCause(), "checkout", e.evidenceIds(), e.mitigations(),
        e.nextChecks());

    assertThat(ExplanationCheck.problems(asAnswer, Findings.of(report, Redactor.standard()))).isEmpty();
  }

  @Test
  void explain_masksSecretsInWhatItCopies() {
    Explanation e = TEMPLATE.explain(ExplainFixtures.CHECKOUT_WITH_SECRETS);

    assertThat(String.join(" ", e.summary(), e.likelyCause(), String.join(" ", e.nextChecks())))
        .doesNotContain("jane.doe", "hunter2", "tok_9f8e7d6c5b4a3", "4111");
  }
}
