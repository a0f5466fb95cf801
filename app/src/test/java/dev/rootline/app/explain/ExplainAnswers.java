package dev.rootline.app.explain;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import java.util.List;

/** Model answers about {@link ReportFixtures#CHECKOUT_BAD_DEPLOY}, good and bad, as the model writes them. */
final class ExplainAnswers {
  static final String GOOD = """
      {"summary": "Since 10:15:00 UTC, POST /checkout fails 21% of the time (0.2% usually), hurting frontend \
      and checkout. Errors began in checkout's own spans 40 s after 2.4.0 was deployed (e1, e2).",
       "likely_cause": "checkout 2.4.0 broke PlaceOrder: 19% of its spans fail in checkout itself.",
       "cause": "checkout", "evidence_ids": ["e1", "e2"],
       "mitigations": ["Roll back checkout to 2.3.9."],
       "next_checks": ["Compare 2.4.0 with 2.3.9 on PlaceOrder (e2)."]}""";

  /** The good answer in a Markdown fence, as small local models like to write it. */
  static final String GOOD_FENCED = "Here is the JSON:\n```json\n" + GOOD + "\n```";

  static final String HALLUCINATED_SERVICE = GOOD.replace("hurting frontend", "hurting payment-gateway, frontend");
  static final String MADE_UP_FIGURE = GOOD.replace("fails 21% of the time", "fails 64% of the time");
  static final String CAUSE_OUTSIDE_RANKING = GOOD.replace("\"cause\": \"checkout\"", "\"cause\": \"frontend\"")
      .replace("checkout 2.4.0 broke PlaceOrder", "frontend broke PlaceOrder");
  static final String NOT_JSON = "checkout is broken, roll it back";

  /** Secrets planted in the evidence text the findings copy. */
  static final List<String> SECRETS = List.of("jane.doe@example.com", "hunter2", "tok_9f8e7d6c5b4a3",
      "4111 1111 1111 1111", "AKIAIOSFODNN7EXAMPLE");

  private ExplainAnswers() {}

  /** {@link ReportFixtures#CHECKOUT_BAD_DEPLOY} with every secret of {@link #SECRETS} in its evidence. */
  static RcaReport reportWithSecrets() {
    RcaReport base = ReportFixtures.report("inc-secrets", 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    Candidate top = base.candidates().get(0);
    Evidence e1 = top.evidence().get(0);
    Evidence leaky = new Evidence(e1.id(), e1.kind(), e1.service(), e1.subject(), e1.baseline(), e1.observed(),
        e1.unit(), "deployed by jane.doe@example.com with password=hunter2 token=tok_9f8e7d6c5b4a3, card "
        + "4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE", e1.traceIds());
    Candidate leakyTop = new Candidate(top.kind(), top.service(), top.version(), top.indicator(), top.score(),
        top.confidence(), top.reason(), top.features(), List.of(leaky, top.evidence().get(1)));
    return new RcaReport(base.incident(), 1, base.analysedAt(), base.verdict(),
        List.of(leakyTop, base.candidates().get(1)), base.blastRadius(), base.timeline(), null);
  }
}
