package dev.rootline.notifier;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Named reports and shared settings for the notifier's tests. */
final class NotifyFixtures {
  static final Instant ONSET = Instant.parse("2026-03-02T10:15:00Z");
  static final URI LINK = URI.create("https://rootline.example/incidents/inc-checkout-0302");
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** A bad deploy of checkout 2.4.0 hurting POST /checkout on frontend; open, revision 1, explained. */
  static final RcaReport CHECKOUT_BAD_DEPLOY = new RcaReport(
      new Incident("inc-checkout-0302", Incident.State.OPEN, ONSET, ONSET.plusSeconds(170), null,
          Incident.Severity.CRITICAL,
          List.of(new Symptom("an-17", "frontend", "op:frontend|POST /checkout|1.9.0", "error_rate", "error-rate-step",
              ONSET, 0.21, 0.002, 14.5, "ratio", true, "POST /checkout fails 21% of the time, 0.2% usually")),
          List.of("checkout", "frontend", "postgres-orders")),
      1, ONSET.plusSeconds(180), RcaReport.Verdict.CONFIDENT,
      List.of(
          new Candidate(Candidate.Kind.CHANGE, "checkout", "2.4.0", Indicator.CODE_CHANGE, 4.2, 0.87,
              "checkout 2.4.0 was deployed 40 s before errors began in its own spans", Map.of(),
              List.of(new Evidence("e1", Evidence.Kind.CHANGE, "checkout", "version 2.4.0", Double.NaN, Double.NaN,
                  "", "checkout 2.3.9 -> 2.4.0 by ci-bot at 10:14:20", List.of()))),
          new Candidate(Candidate.Kind.DEPENDENCY, "postgres-orders", null, Indicator.LATENCY, 1.1, 0.08,
              "orders database slower under checkout's new queries", Map.of(), List.of()),
          new Candidate(Candidate.Kind.SERVICE, "cart", null, Indicator.ERRORS, 0.4, 0.03,
              "a few cart errors", Map.of(), List.of()),
          new Candidate(Candidate.Kind.SERVICE, "payments", null, Indicator.LATENCY, 0.2, 0.02,
              "payments a little slower", Map.of(), List.of())),
      new RcaReport.BlastRadius(List.of("frontend", "checkout"), List.of("POST /checkout")),
      List.of(new RcaReport.TimelineEntry(ONSET, "POST /checkout errors rise")),
      new Explanation("Checkout fails for one order in five since 10:15.", "The deploy of checkout 2.4.0.",
          List.of("e1"), List.of("Roll checkout back to 2.3.9"), List.of("Compare 2.4.0's queries"),
          Explanation.Source.TEMPLATE, null));

  private NotifyFixtures() {}

  /** The report at another revision and state, resolved one minute after it was last seen when asked. */
  static RcaReport revision(RcaReport report, int revision, Incident.State state) {
    Incident i = report.incident();
    Instant resolved = state == Incident.State.RESOLVED ? i.lastSeen().plusSeconds(60) : null;
    return new RcaReport(new Incident(i.id(), state, i.onset(), i.lastSeen(), resolved, i.severity(), i.symptoms(),
        i.services()), revision, report.analysedAt().plusSeconds(revision), report.verdict(), report.candidates(),
        report.blastRadius(), report.timeline(), report.explanation());
  }

  /** The report as another incident. */
  static RcaReport incident(RcaReport report, String id) {
    Incident i = report.incident();
    return new RcaReport(new Incident(id, i.state(), i.onset(), i.lastSeen(), i.resolved(), i.severity(), i.symptoms(),
        i.services()), report.revision(), report.analysedAt(), report.verdict(), report.candidates(),
        report.blastRadius(), report.timeline(), report.explanation());
  }

  static Notification first(RcaReport report) {
    return new Notification(report, LINK, null);
  }
}
