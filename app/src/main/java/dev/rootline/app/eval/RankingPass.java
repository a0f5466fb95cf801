package dev.rootline.app.eval;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.app.rca.LogEvidence;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.logs.LogTemplates;
import dev.rootline.ingest.trace.TraceAssembler;
import dev.rootline.ingest.trace.TraceShare;
import dev.rootline.rca.RootCauseAnalyzer;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.incident.IncidentTracker;
import dev.rootline.rca.rank.AnalysisWindow;
import dev.rootline.rca.rank.ReferenceRankers;
import java.util.List;
import java.util.Map;

/**
 * The ranking half of a replay: assembles traces, keeps the evidence, groups anomalies into
 * incidents, and ranks the case once, as its {@link RankPlan} says, with the same code the service
 * runs, beside the reference rankers. Not thread-safe.
 */
final class RankingPass {
  /** The service's default {@code rootline.rca.group-wait}: incidents are announced after it. */
  private static final long GROUP_WAIT_MILLIS = 5_000;
  private final RankPlan plan;
  private final TraceAssembler traces = TraceAssembler.standard();
  private final TraceShare share;
  private final EvidenceStore store = EvidenceStore.standard();
  private final IncidentTracker incidents = IncidentTracker.standard(store::neighbours);
  private final LogEvidence logs = new LogEvidence(LogTemplates.standard());
  private final RootCauseAnalyzer analyzer = new RootCauseAnalyzer(store, logs);
  private final Pages pages = new Pages(incidents, GROUP_WAIT_MILLIS);
  private String detectingAnomaly;
  private long analyseAt = Long.MAX_VALUE;
  private CaseRanking result;

  RankingPass(RankPlan plan) {
    this.plan = plan;
    this.share = TraceShare.fixed(plan.traceShare());
    if (plan.mode() == RankPlan.Mode.LABEL) {
      analyseAt = plan.label().fault().start().plus(plan.window()).toEpochMilli();
    }
  }

  void spans(List<Span> batch) {
    traces.addAll(share.read(batch, 0)).forEach(this::evidence);
  }

  void logs(List<LogRecord> batch) {
    logs.addAll(batch);
  }

  void observation(Observation observation) {
    store.observation(observation);
  }

  void change(DeployEvent change) {
    store.change(change);
  }

  void anomaly(Anomaly anomaly, long watermark) {
    incidents.accept(anomaly);
    incidents.regroup(); // as the service does at its next tick
    pages.anomaly(anomaly.id(), watermark);
    if (plan.mode() == RankPlan.Mode.DETECTED && detectingAnomaly == null && anomaly.state() == Anomaly.State.OPEN
        && plan.detects(new Detection(anomaly, watermark))) {
      detectingAnomaly = anomaly.id();
      long onset = incidents.incidentOf(anomaly.id()).map(i -> i.onset().toEpochMilli()).orElse(watermark);
      analyseAt = Math.max(watermark, onset + plan.window().toMillis());
    }
  }

  void advanceTo(long watermark) {
    traces.advanceTo(watermark).forEach(this::evidence);
    pages.advanceTo(watermark);
    incidents.advanceTo(watermark);
    if (result == null && watermark >= analyseAt) {
      analyse(watermark);
    }
  }

  private void evidence(List<Span> trace) {
    store.trace(trace, share.weight());
  }

  /** Every anomaly that went out in an announced incident, with that incident's id. */
  Map<String, String> pageOfAnomaly() {
    return pages.pageOfAnomaly();
  }

  /** Ranks now if the plan's moment never came before the files ended. */
  CaseRanking finish(long watermark) {
    if (result == null && analyseAt != Long.MAX_VALUE) {
      analyse(watermark);
    }
    return result;
  }

  private void analyse(long watermark) {
    long onset;
    RcaReport report;
    long started = System.nanoTime();
    if (plan.mode() == RankPlan.Mode.LABEL) {
      onset = plan.label().fault().start().toEpochMilli();
      Incident probe = new Incident("label", Incident.State.OPEN, plan.label().fault().start(),
          plan.label().fault().start(), null, Incident.Severity.MINOR, List.of(), List.of());
      report = analyzer.analyze(probe, 1, watermark);
    } else {
      incidents.regroup();
      Incident incident = incidents.incidentOf(detectingAnomaly).orElse(null);
      if (incident == null) {
        return; // resolved and gone before the analysis: counts as unranked
      }
      onset = incident.onset().toEpochMilli();
      report = analyzer.analyze(incident, 1, watermark);
    }
    double analysisMillis = (System.nanoTime() - started) / 1e6;
    AnalysisWindow window = AnalysisWindow.of(onset, watermark);
    List<Candidate> candidates = report.candidates();
    result = new CaseRanking(plan.mode(), onset, watermark, report.verdict().name(),
        candidates.stream().map(Candidate::service).toList(),
        candidates.stream().map(c -> c.indicator().wireName()).toList(),
        ReferenceRankers.baro(store, window),
        ReferenceRankers.random(store, window, plan.label().id().hashCode()),
        candidates.subList(0, Math.min(5, candidates.size())), analysisMillis, report);
  }


}
