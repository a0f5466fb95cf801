package dev.rootline.rca.explain;

import static dev.rootline.rca.explain.ExplainFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.rca.explain.ExplainFixtures.GOOD;
import static dev.rootline.rca.explain.ExplainFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.RcaReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationCheckTest {
  private static final Findings FINDINGS = Findings.of(CHECKOUT_BAD_DEPLOY, Redactor.standard());

  @Test
  void goodAnswer_passes() {
    assertThat(ExplanationCheck.problems(GOOD, FINDINGS)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      percent of a ratio               | PlaceOrder fails 19% of the time in checkout.
      seconds for milliseconds figure  | The deploy led the errors by 40 s.
      times the baseline               | checkout calls postgres-orders 3 times as often as before, 9 per order.
      rounded figure                   | Errors rose from 0.2% to 21.0% of POST /checkout requests.
      English compound                 | A follow-up roll-back may be needed for the affected service.
      generic infrastructure word      | Restart the checkout Kubernetes pods; use a blue-green switch back.
      ISO time of the findings         | Errors began at 2026-03-02T10:15:00Z and continue.
      minutes of a time                | Errors began at 10:15 UTC.
      """)
  void groundedSummary_passes(String caption, String summary) {
    assertThat(ExplanationCheck.problems(answer(summary), FINDINGS)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hallucinated hyphenated service | payment-gateway times out behind checkout.         | payment-gateway
      hallucinated service by noun    | The inventory service is down since 10:15:00.      | inventory
      hallucinated CamelCase name     | PaymentProcessor throws since 2.4.0 was deployed.  | paymentprocessor
      made-up percentage              | POST /checkout fails 64% of the time.              | 64%
      made-up latency                 | PlaceOrder p99 reached 4500 ms.                    | 4500
      made-up version                 | checkout 2.5.1 was deployed at 10:14:20.           | 2.5.1
      made-up time                    | Errors began at 09:58:00.                          | 09:58
      made-up ISO time                | Errors began at 2026-03-02T09:58:00Z.              | 2026-03-02t09:58
      hallucinated cache              | The Redis cache evicted the cart keys.             | redis
      unknown evidence id inline      | See e9 for the failing spans.                      | e9
      """)
  void ungroundedSummary_fails(String caption, String summary, String named) {
    assertThat(ExplanationCheck.problems(answer(summary), FINDINGS)).anySatisfy(p -> assertThat(p).contains(named));
  }

  @Test
  void causeOutsideRanking_fails() {
    Answer other = new Answer(GOOD.summary(), "frontend broke its own checkout page.", "frontend", List.of("e1"),
        List.of(), List.of());

    assertThat(ExplanationCheck.problems(other, FINDINGS)).anySatisfy(p -> assertThat(p).contains("not a ranked cause"));
  }

  @Test
  void secondCause_failsWhenConfident_passesWhenLowConfidence() {
    Answer second = new Answer(GOOD.summary(), "postgres-orders is slower under the new queries.", "postgres-orders",
        List.of("e3"), List.of(), List.of());
    RcaReport low = ExplainFixtures.report("inc-low", RcaReport.Verdict.LOW_CONFIDENCE,
        "checkout 2.3.9 -> 2.4.0 at 10:14:20", "POST /checkout fails 21% of the time, 0.2% usually");

    assertThat(ExplanationCheck.problems(second, FINDINGS)).anySatisfy(p -> assertThat(p).contains("first ranked"));
    assertThat(ExplanationCheck.problems(second, Findings.of(low, Redactor.standard()))).isEmpty();
  }

  @Test
  void citedUnknownEvidenceId_fails() {
    Answer cites = new Answer(GOOD.summary(), GOOD.likelyCause(), "checkout", List.of("e1", "e7"), List.of(),
        List.of());

    assertThat(ExplanationCheck.problems(cites, FINDINGS)).containsExactly(
        "cites evidence id 'e7', which is not in the findings");
  }

  @Test
  void missingCauseOrCitations_fails() {
    Answer vague = new Answer(GOOD.summary(), "Something in checkout broke.", null, List.of(), List.of(), List.of());

    assertThat(ExplanationCheck.problems(vague, FINDINGS)).contains("cites no evidence id",
        "cause is missing: it must be one of the ranked causes");
  }

  @Test
  void noCause_passesWhenNothingRanked() {
    Answer none = new Answer("A minor blip in cart since 10:15:00 UTC.", "No clear cause.", null, List.of(),
        List.of(), List.of("Watch cart for a repeat."));

    assertThat(ExplanationCheck.problems(none, Findings.of(ExplainFixtures.NOTHING_RANKED, Redactor.standard())))
        .isEmpty();
  }
}
