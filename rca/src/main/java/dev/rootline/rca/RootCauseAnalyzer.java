package dev.rootline.rca;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.rank.AnalysisWindow;
import dev.rootline.rca.rank.ExampleTraces;
import dev.rootline.rca.rank.LogChanges;
import dev.rootline.rca.rank.Ranker;
import dev.rootline.rca.rank.SeriesSnapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analyses an incident over the evidence store: ranks the candidates and writes the report, with
 * the blast radius and a timeline. Reads the store; keeps nothing between calls.
 */
public final class RootCauseAnalyzer {
  private static final int MAX_ENDPOINTS = 20;
  /** Span names in example traces may hold ids and tokens (a URL path, a query): masked before the report keeps them. */
  private static final Redactor REDACTOR = Redactor.standard();

  private final EvidenceStore store;
  private final Ranker ranker;

  public RootCauseAnalyzer(EvidenceStore store, LogChanges logs) {
    this.store = store;
    this.ranker = new Ranker(store, logs);
  }

  /** The report of the incident as it stands at event time {@code atMillis}. */
  public RcaReport analyze(Incident incident, int revision, long atMillis) {
    long onset = incident.onset().toEpochMilli();
    AnalysisWindow window = AnalysisWindow.of(onset, Math.max(atMillis, onset + store.bucketMillis()));
    Set<String> services = new TreeSet<>(incident.services());
    Ranker.Ranking ranking = ranker.rank(window, services);
    List<RcaReport.TimelineEntry> changes = changes(ranking.changes());
    return new RcaReport(incident, revision, Instant.ofEpochMilli(atMillis), ranking.verdict(), ranking.candidates(),
        blastRadius(incident), timeline(incident, changes), null,
        SeriesSnapshots.of(store, window, services, ranking.candidates(), changes),
        ExampleTraces.of(store, window, ranking.candidates(), REDACTOR));
  }

  private static RcaReport.BlastRadius blastRadius(Incident incident) {
    Set<String> endpoints = new LinkedHashSet<>();
    for (Symptom s : incident.symptoms()) {
      if (s.series().startsWith("op:") || s.entry()) {
        endpoints.add(s.series());
      }
    }
    List<String> kept = new ArrayList<>(endpoints).subList(0, Math.min(MAX_ENDPOINTS, endpoints.size()));
    return new RcaReport.BlastRadius(incident.services(), kept);
  }

  private static List<RcaReport.TimelineEntry> changes(List<DeployEvent> changes) {
    List<RcaReport.TimelineEntry> entries = new ArrayList<>();
    for (DeployEvent c : changes) {
      String what = c.version() == null ? c.kind().wireName() + " change" : c.kind().wireName() + " of " + c.version();
      entries.add(new RcaReport.TimelineEntry(c.at(), c.service() + ": " + what
          + (c.source() == DeployEvent.Source.INFERRED ? " (inferred from spans)" : "")));
    }
    return entries;
  }

  private static List<RcaReport.TimelineEntry> timeline(Incident incident, List<RcaReport.TimelineEntry> changes) {
    List<RcaReport.TimelineEntry> entries = new ArrayList<>(changes);
    incident.symptoms().stream().sorted(Comparator.comparing(Symptom::onset)).limit(5)
        .forEach(s -> entries.add(new RcaReport.TimelineEntry(s.onset(), s.message())));
    if (incident.resolved() != null) {
      entries.add(new RcaReport.TimelineEntry(incident.resolved(), "all anomalies resolved"));
    }
    entries.sort(Comparator.comparing(RcaReport.TimelineEntry::at));
    return entries;
  }
}
