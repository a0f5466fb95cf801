package dev.rootline.rca.explain;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Named reports for the explanation tests. */
final class ExplainFixtures {
  static final Instant ONSET = Instant.parse("2026-03-02T10:15:00Z");

  /** A bad deploy of checkout 2.4.0, confidently first; the orders database second. */
  static final RcaReport CHECKOUT_BAD_DEPLOY = report("inc-checkout", RcaReport.Verdict.CONFIDENT,
      "checkout 2.3.9 -> 2.4.0 at 10:14:20", "POST /checkout fails 21% of the time, 0.2% usually");

  /** The same, with secrets and personal data planted in every free-text field the findings copy. */
  static final RcaReport CHECKOUT_WITH_SECRETS = report("inc-secrets", RcaReport.Verdict.CONFIDENT,
      "deploy by jane.doe@example.com with token=tok_9f8e7d6c5b4a3 from https://ci:hunter2@ci.example.com/run",
      "card 4111 1111 1111 1111 declined; Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345");

  /** Nothing ranked: no candidates, no evidence, resolved. */
  static final RcaReport NOTHING_RANKED = new RcaReport(
      new Incident("inc-blip", Incident.State.RESOLVED, ONSET, ONSET.plusSeconds(60), ONSET.plusSeconds(90),
          Incident.Severity.MINOR, List.of(), List.of("cart")),
      1, ONSET.plusSeconds(90), RcaReport.Verdict.NO_CLEAR_CAUSE, List.of(),
      new RcaReport.BlastRadius(List.of("cart"), List.of()), List.of(), null);

  private ExplainFixtures() {}

  static RcaReport report(String id, RcaReport.Verdict verdict, String changeText, String symptomText) {
    return new RcaReport(
        new Incident(id, Incident.State.OPEN, ONSET, ONSET.plusSeconds(170), null, Incident.Severity.CRITICAL,
            List.of(new Symptom("an-17", "frontend", "op:frontend|POST /checkout|1.9.0", "error_rate",
                "error-rate-step", ONSET, 0.21, 0.002, 14.5, "ratio", true, symptomText)),
            List.of("checkout", "frontend")),
        3, ONSET.plusSeconds(180), verdict,
        List.of(
            new Candidate(Candidate.Kind.CHANGE, "checkout", "2.4.0", Indicator.CODE_CHANGE, 4.2, 0.87,
                "checkout 2.4.0 was deployed 40 s before errors began in its own spans",
                Map.of("error_origin", 0.93, "deploy_lead_s", 40.0, "self_time_ratio", Double.NaN),
                List.of(
                    new Evidence("e1", Evidence.Kind.CHANGE, "checkout", "version 2.4.0", Double.NaN, Double.NaN,
                        "", changeText, List.of()),
                    new Evidence("e2", Evidence.Kind.ERROR_ORIGIN, "checkout", "PlaceOrder", 0.001, 0.19, "ratio",
                        "19% of PlaceOrder spans fail in checkout itself",
                        List.of("4bf92f3577b34da6a3ce929d0e0e4736")))),
            new Candidate(Candidate.Kind.DEPENDENCY, "postgres-orders", null, Indicator.LATENCY, 1.1, 0.08,
                "orders database slower, but only under checkout's new queries",
                Map.of("latency_ratio", 1.4),
                List.of(new Evidence("e3", Evidence.Kind.CALL_GRAPH, "postgres-orders", "checkout -> postgres-orders",
                    3.0, 9.0, "calls/request", "checkout now makes 9 queries per order, 3 before", List.of())))),
        new RcaReport.BlastRadius(List.of("frontend", "checkout"), List.of("POST /checkout")),
        List.of(new RcaReport.TimelineEntry(ONSET.minusSeconds(40), "checkout 2.4.0 deployed"),
            new RcaReport.TimelineEntry(ONSET, "POST /checkout errors rise")),
        null);
  }

  /** A good answer about {@link #CHECKOUT_BAD_DEPLOY}, with the given summary. */
  static Answer answer(String summary) {
    return new Answer(summary,
        "checkout 2.4.0 broke PlaceOrder: 19% of its spans fail in checkout itself since the deploy at 10:14:20.",
        "checkout", List.of("e1", "e2"), List.of("Roll back checkout to 2.3.9."),
        List.of("Compare 2.4.0 with 2.3.9 on PlaceOrder (e2)."));
  }

  static final Answer GOOD = answer(
      "Since 10:15:00 UTC, POST /checkout fails 21% of the time (0.2% usually), hurting frontend and checkout. "
          + "Errors began in checkout's own spans 40 s after 2.4.0 was deployed (e1, e2).");
}
