package dev.rootline.app.report;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.rca.SeriesSnapshot;
import dev.rootline.core.rca.TraceSample;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Named reports for the store, JSON, publishing and API tests. */
public final class ReportFixtures {
  public static final Instant ONSET = Instant.parse("2026-03-02T10:15:00.123456789Z");

  /**
   * A bad deploy of checkout 2.4.0: every field set, figures that do not apply as NaN, one candidate
   * without a version, no explanation yet, still open.
   */
  public static final RcaReport CHECKOUT_BAD_DEPLOY = new RcaReport(
      new Incident("inc-checkout-0302", Incident.State.OPEN, ONSET, ONSET.plusSeconds(170), null,
          Incident.Severity.CRITICAL,
          List.of(
              new Symptom("an-17", "frontend", "op:frontend|POST /checkout|1.9.0", "error_rate", "error-rate-step",
                  ONSET, 0.21, 0.002, 14.5, "ratio", true, "POST /checkout fails 21% of the time, 0.2% usually"),
              new Symptom("an-18", "checkout", "op:checkout|PlaceOrder|2.4.0", "latency_p99", "latency-step",
                  ONSET.plusSeconds(10), 1840.0, Double.NaN, 9.1, "ms", false, "PlaceOrder p99 1.8 s")),
          List.of("checkout", "frontend")),
      3,
      ONSET.plusSeconds(180),
      RcaReport.Verdict.CONFIDENT,
      List.of(
          new Candidate(Candidate.Kind.CHANGE, "checkout", "2.4.0", Indicator.CODE_CHANGE, 4.2, 0.87,
              "checkout 2.4.0 was deployed 40 s before errors began in its own spans",
              Map.of("error_origin", 0.93, "deploy_lead_s", 40.0, "self_time_ratio", Double.NaN),
              List.of(
                  new Evidence("e1", Evidence.Kind.CHANGE, "checkout", "version 2.4.0", Double.NaN, Double.NaN,
                      "", "checkout 2.3.9 -> 2.4.0 at 10:14:20", List.of()),
                  new Evidence("e2", Evidence.Kind.ERROR_ORIGIN, "checkout", "PlaceOrder", 0.001, 0.19, "ratio",
                      "19% of PlaceOrder spans fail in checkout itself",
                      List.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7a3ce929d0e0e4736")))),
          new Candidate(Candidate.Kind.DEPENDENCY, "postgres-orders", null, Indicator.LATENCY, 1.1, 0.08,
              "orders database slower, but only under checkout's new queries",
              Map.of("latency_ratio", 1.4),
              List.of(new Evidence("e3", Evidence.Kind.CALL_GRAPH, "postgres-orders", "checkout -> postgres-orders",
                  3.0, 9.0, "calls/request", "checkout now makes 9 queries per order, 3 before", List.of())))),
      new RcaReport.BlastRadius(List.of("frontend", "checkout"), List.of("POST /checkout")),
      List.of(new RcaReport.TimelineEntry(ONSET.minusSeconds(40), "checkout 2.4.0 deployed"),
          new RcaReport.TimelineEntry(ONSET, "POST /checkout errors rise")),
      null);

  /** An incident where nothing stands out: no candidates, resolved, explained. */
  public static final RcaReport NO_CLEAR_CAUSE = new RcaReport(
      new Incident("inc-blip-0302", Incident.State.RESOLVED, ONSET.plusSeconds(3600), ONSET.plusSeconds(3660),
          ONSET.plusSeconds(3700), Incident.Severity.MINOR, List.of(), List.of("cart")),
      1, ONSET.plusSeconds(3700), RcaReport.Verdict.NO_CLEAR_CAUSE, List.of(),
      new RcaReport.BlastRadius(List.of("cart"), List.of()), List.of(),
      new Explanation("A one-minute rise in cart latency that no change or dependency explains.",
          "No clear cause.", List.of(), List.of(), List.of("Watch cart latency for a repeat."),
          Explanation.Source.TEMPLATE, null));

  /**
   * {@link #CHECKOUT_BAD_DEPLOY} with a series snapshot: 40 one-minute points, onset at the 30th,
   * checkout's latency and errors stepping up there, one empty minute, and the calls of a small shop.
   */
  public static final RcaReport CHECKOUT_WITH_SERIES = CHECKOUT_BAD_DEPLOY.withSeries(new SeriesSnapshot(
      ONSET.minusSeconds(30 * 60), 60_000, ONSET,
      List.of(new RcaReport.TimelineEntry(ONSET.minusSeconds(40), "checkout: code of 2.4.0")),
      List.of(
          new SeriesSnapshot.ServiceSeries("checkout", List.of(
              new SeriesSnapshot.Line("latency", "ms", steps(40, 30, 120, 480), 112, 128),
              new SeriesSnapshot.Line("errors", "ratio", steps(40, 30, 0.001, 0.19), 0.0005, 0.002),
              new SeriesSnapshot.Line("db.client.connections.usage", "", steps(40, 30, 4, 9), 3, 5))),
          new SeriesSnapshot.ServiceSeries("postgres-orders", List.of(
              new SeriesSnapshot.Line("latency", "ms", steps(40, 30, 8, 11), 7, 9)))),
      List.of(
          new SeriesSnapshot.Edge("frontend", "checkout", 1200, 230, 0),
          new SeriesSnapshot.Edge("checkout", "postgres-orders", 10800, 3, 0),
          new SeriesSnapshot.Edge("checkout", "payment", 1100, 0, 0),
          new SeriesSnapshot.Edge("frontend", "cart", 3000, 0, 0))));

  /**
   * {@link #CHECKOUT_WITH_SERIES} with example traces: POST /checkout failing in checkout's PlaceOrder
   * after 420 ms, beside a normal one of 95 ms from before the onset.
   */
  public static final RcaReport CHECKOUT_WITH_TRACES = CHECKOUT_WITH_SERIES.withTraces(List.of(
      new TraceSample("4bf92f3577b34da6a3ce929d0e0e4736", TraceSample.Role.FAILING, ONSET.plusSeconds(20), 420.5, 5,
          List.of(
              new TraceSample.SampleSpan("frontend", "POST /checkout", -1, 0, 420.5, true, 500),
              new TraceSample.SampleSpan("cart", "GetCart", 0, 2.1, 8.4, false, 200),
              new TraceSample.SampleSpan("checkout", "PlaceOrder", 0, 12, 405.2, true, 0),
              new TraceSample.SampleSpan("postgres-orders", "INSERT orders", 2, 15.3, 380.1, false, 0),
              new TraceSample.SampleSpan("payment", "Charge", 2, 398, 0.05, false, 0))),
      new TraceSample("00f067aa0ba902b7a3ce929d0e0e4736", TraceSample.Role.NORMAL, ONSET.minusSeconds(90), 95, 4,
          List.of(
              new TraceSample.SampleSpan("frontend", "POST /checkout", -1, 0, 95, false, 200),
              new TraceSample.SampleSpan("cart", "GetCart", 0, 2, 8, false, 200),
              new TraceSample.SampleSpan("checkout", "PlaceOrder", 0, 12, 80, false, 0),
              new TraceSample.SampleSpan("postgres-orders", "INSERT orders", 2, 14, 20.7, false, 0)))));

  private ReportFixtures() {}

  /** A series at {@code before} until point {@code onset}, then at {@code after}, with point 5 empty (NaN). */
  private static List<Double> steps(int points, int onset, double before, double after) {
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < points; i++) {
      double wobble = 1 + 0.05 * Math.sin(i);
      values.add(i == 5 ? Double.NaN : (i < onset ? before : after) * wobble);
    }
    return values;
  }

  /** {@link #CHECKOUT_BAD_DEPLOY} as another incident and revision, at other times. */
  public static RcaReport report(String id, int revision, Instant onset, Instant lastSeen) {
    RcaReport base = CHECKOUT_BAD_DEPLOY;
    Incident i = base.incident();
    return new RcaReport(new Incident(id, i.state(), onset, lastSeen, i.resolved(), i.severity(), i.symptoms(),
        i.services()), revision, lastSeen, base.verdict(), base.candidates(), base.blastRadius(), base.timeline(),
        base.explanation());
  }

  /** The same report with another verdict: tells revisions apart by content, not only by number. */
  public static RcaReport withVerdict(RcaReport report, int revision, RcaReport.Verdict verdict) {
    return new RcaReport(report.incident(), revision, report.analysedAt(), verdict, report.candidates(),
        report.blastRadius(), report.timeline(), report.explanation());
  }
}
