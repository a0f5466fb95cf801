package dev.rootline.rca.rank;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport.Verdict;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranks every service and dependency seen around an incident on its evidence: where failures began,
 * self time, resource metrics, error logs, calls per trace, the network, dependencies, changes
 * near onset, and where a walk from the symptoms along the calls leads. Reads the store; keeps nothing.
 */
public final class Ranker {
  /** Below this score, without the graph's share, nothing stands out. */
  static final double LEAST_SCORE = 1.0;
  /** Below this confidence the first candidate is only a lead. */
  static final double LEAST_CONFIDENCE = 0.25;
  private static final int MAX_CANDIDATES = 10;
  private static final int MAX_FINDINGS = 6;

  private static final int MAX_TEMPLATES = 3;

  private final EvidenceStore store;
  private final LogChanges logs;

  public Ranker(EvidenceStore store, LogChanges logs) {
    this.store = store;
    this.logs = logs;
  }

  /**
   * The ranking, best first, with a verdict on how clearly the first stands out, and the changes
   * implicated in the first three candidates.
   */
  public record Ranking(List<Candidate> candidates, Verdict verdict, List<DeployEvent> changes) {
    public Ranking {
      candidates = List.copyOf(candidates);
      changes = List.copyOf(changes);
    }
  }

  /**
   * Ranks the candidates over the window.
   *
   * @param symptoms the services whose anomalies make up the incident, where the walk starts
   */
  public Ranking rank(AnalysisWindow window, Set<String> symptoms) {
    Map<String, Suspect> suspects = new TreeMap<>();
    for (Key key : store.keys(Key.Type.SERVICE)) {
      if (store.sum(key, window.baselineFrom(), window.until()).count() > 0) {
        suspects.put(key.name(), new Suspect(key.name(), Candidate.Kind.SERVICE));
      }
    }
    suspects.values().forEach(s -> ServiceFeatures.apply(s, store, window));
    EdgeFeatures.apply(suspects, store, window);
    MetricFeatures.apply(suspects, store, window);
    ChangeFeatures.apply(suspects, store, window);
    Map<String, Double> anomaly = new HashMap<>();
    suspects.forEach((name, s) -> anomaly.put(name, Scoring.ownAbnormality(s)));
    Propagation.apply(suspects, symptoms, store, window, anomaly);
    for (Suspect s : suspects.values()) {
      if (Scoring.ownAbnormality(s) > 0) {
        logFindings(s, window);
      }
    }
    return rank(suspects.values());
  }

  private void logFindings(Suspect s, AnalysisWindow w) {
    List<LogChanges.Change> changes = logs.changes(s.name, w.baselineFrom(), w.onset(), w.until());
    for (LogChanges.Change c : changes.subList(0, Math.min(MAX_TEMPLATES, changes.size()))) {
      s.finding(Feature.ERROR_LOGS, Evidence.Kind.LOG_TEMPLATE, c.template(), c.baselinePerMinute(),
          c.observedPerMinute(), "1/min", String.format("%s log \"%s\" %s: %.1f a minute, normally %.1f", s.name,
              c.example(), c.isNew() ? "is new" : "spikes", c.observedPerMinute(), c.baselinePerMinute()), List.of());
    }
  }

  private static Ranking rank(Iterable<Suspect> suspects) {
    List<Scored> scored = new ArrayList<>();
    for (Suspect s : suspects) {
      scored.add(new Scored(s, Scoring.score(s)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.suspect().name));
    double first = scored.isEmpty() ? 0 : scored.get(0).score();
    double second = scored.size() < 2 ? 0 : scored.get(1).score();
    double confidence = first <= 0 ? 0 : Robust.saturate(first, 2) * (first - second) / first;
    double firstEvidence = scored.isEmpty() ? 0 : Scoring.evidence(scored.get(0).suspect());
    Verdict verdict = firstEvidence < LEAST_SCORE ? Verdict.NO_CLEAR_CAUSE
        : confidence < LEAST_CONFIDENCE ? Verdict.LOW_CONFIDENCE : Verdict.CONFIDENT;
    List<Candidate> candidates = new ArrayList<>();
    List<DeployEvent> changes = new ArrayList<>();
    int[] nextId = {1};
    for (int i = 0; i < Math.min(MAX_CANDIDATES, scored.size()); i++) {
      Scored s = scored.get(i);
      double own = i == 0 ? confidence : Robust.saturate(s.score(), 2) * s.score() / Math.max(first, 1e-9) * 0.5;
      candidates.add(candidate(s, verdict == Verdict.NO_CLEAR_CAUSE ? Math.min(own, 0.1) : own, nextId));
      if (i < 3 && s.suspect().change != null
          && s.suspect().strength(Feature.CHANGE) >= ChangeFeatures.SHOWN_PROXIMITY) {
        changes.add(s.suspect().change);
      }
    }
    return new Ranking(candidates, verdict, changes);
  }

  private static Candidate candidate(Scored scored, double confidence, int[] nextId) {
    Suspect s = scored.suspect();
    Map<String, Double> features = new LinkedHashMap<>();
    s.strengths.forEach((f, v) -> features.put(f.key, round(v)));
    List<Suspect.Draft> drafts = new ArrayList<>(s.findings);
    drafts.sort(Comparator.comparingDouble((Suspect.Draft d) -> weight(s, d.feature())).reversed());
    List<Evidence> evidence = new ArrayList<>();
    for (Suspect.Draft d : drafts.subList(0, Math.min(MAX_FINDINGS, drafts.size()))) {
      evidence.add(new Evidence("e" + nextId[0]++, d.kind(), s.name, d.subject(), d.baseline(), d.observed(), d.unit(),
          d.text(), d.traceIds()));
    }
    String reason = evidence.isEmpty() ? s.name + " shows nothing abnormal of its own"
        : evidence.get(0).text() + (evidence.size() > 1 ? "; " + evidence.get(1).text() : "");
    boolean changed = s.change != null && s.strength(Feature.CHANGE) >= ChangeFeatures.SHOWN_PROXIMITY;
    String version = changed ? s.change.version() : null;
    return new Candidate(s.kind, s.name, version, Scoring.indicator(s), round(scored.score()), round(confidence),
        reason, features, evidence);
  }

  /** Orders findings: the change first when it counts, then by the feature's contribution. */
  private static double weight(Suspect s, Feature f) {
    if (f == Feature.CHANGE) {
      return s.strength(Feature.CHANGE) * 3 * Scoring.ownAbnormality(s);
    }
    return f.contribution(s.strength(f));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private record Scored(Suspect suspect, double score) {}
}
