package dev.rootline.app.rca;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.trace.TraceAssembler;
import dev.rootline.ingest.trace.TraceShare;
import dev.rootline.ingest.window.Watermark;
import dev.rootline.rca.RootCauseAnalyzer;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.incident.IncidentTracker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Root cause analysis over the live streams: spans become traces and evidence, anomalies become
 * incidents, and each incident gets a report soon after it opens, a revision while it changes or
 * lasts, and a last one when it resolves. Plain code, thread-safe by one lock; the caller hands the
 * returned reports on outside it.
 */
final class RcaEngine {
  private static final Logger LOG = Logger.getLogger(RcaEngine.class);
  private static final long MAX_FUTURE_SKEW_MILLIS = 60_000;
  private static final int MAX_KNOWN_CHANGES = 10_000;
  private static final int MAX_OBSERVED_EDGES = 20_000;

  private final TraceAssembler traces = TraceAssembler.standard();
  private final TraceShare share;
  private final EvidenceStore store = EvidenceStore.standard();
  private final ObservedEdges edges = new ObservedEdges(MAX_OBSERVED_EDGES);
  private final IncidentTracker incidents = IncidentTracker.standard(this::neighbours);
  private final RootCauseAnalyzer analyzer;
  private final Watermark watermark = new Watermark(MAX_FUTURE_SKEW_MILLIS);
  private final Map<String, Revision> revisions = new HashMap<>();
  private final Set<DeployEvent> knownChanges = new LinkedHashSet<>();
  private final List<Incident> pushedOut = new ArrayList<>();
  private final long revisionMillis;
  private final long groupWaitMillis;
  private final Clock clock;
  private long maxEventMillis = Long.MIN_VALUE;
  private long analyses;

  /**
   * @param revisionMillis how often a lasting incident's report is revised
   * @param groupWaitMillis how long a new incident waits, in processing time, before its first
   *     report, for related anomalies and the call graph that groups them to come in
   */
  RcaEngine(LogEvidence logs, long revisionMillis, long groupWaitMillis, Clock clock) {
    this(logs, revisionMillis, groupWaitMillis, TraceShare.budget(0), clock);
  }

  /** The same, reading traces in full only as far as {@code share} says (ADR 024). */
  RcaEngine(LogEvidence logs, long revisionMillis, long groupWaitMillis, TraceShare share, Clock clock) {
    this.share = share;
    this.analyzer = new RootCauseAnalyzer(store, logs);
    this.revisionMillis = revisionMillis;
    this.groupWaitMillis = groupWaitMillis;
    this.clock = clock;
  }

  synchronized void spans(List<Span> spans) {
    for (Span span : spans) {
      maxEventMillis = Math.max(maxEventMillis, span.endNanos() / 1_000_000);
    }
    traces.addAll(share.read(spans, clock.millis())).forEach(this::evidence);
  }

  /** A trace into evidence, standing for the traces that the share now leaves out beside it. */
  private void evidence(List<Span> trace) {
    store.trace(trace, share.weight());
  }

  synchronized void observation(Observation observation) {
    edges.see(observation.series());
    store.observation(observation);
  }

  /** Neighbours from the windows (complete on every replica) and from this replica's spans. */
  private Set<String> neighbours(String service) {
    Set<String> out = edges.neighbours(service);
    out.addAll(store.neighbours(service));
    return out;
  }

  /** Takes the changes known now; ones already taken are skipped. */
  synchronized void changes(List<DeployEvent> recent) {
    for (DeployEvent change : recent) {
      if (knownChanges.add(change)) {
        store.change(change);
      }
    }
    Iterator<DeployEvent> oldest = knownChanges.iterator();
    while (knownChanges.size() > MAX_KNOWN_CHANGES) {
      oldest.next();
      oldest.remove();
    }
  }

  synchronized void anomaly(Anomaly anomaly) {
    for (Incident incident : incidents.accept(anomaly)) {
      if (incident.state() == Incident.State.RESOLVED) {
        pushedOut.add(incident); // resolved early to keep the open incidents bounded
      } else {
        if (incident.symptoms().size() == 1 && !revisions.containsKey(incident.id())) {
          LOG.infof("Incident %s opened by anomaly %s (%s of %s, onset %s)", incident.id(), anomaly.id(),
              anomaly.signal(), anomaly.series().id(), anomaly.onset());
        }
        revisionOf(incident.id()).due = true;
      }
    }
  }

  /** Moves time on: hands on quiet traces, resolves quiet incidents, and analyses what is due. */
  synchronized List<RcaReport> tick() {
    long now = watermark.at(maxEventMillis, clock.millis());
    if (now == Long.MIN_VALUE) {
      return List.of();
    }
    traces.advanceTo(now).forEach(this::evidence);
    List<RcaReport> reports = new ArrayList<>();
    List<Incident> resolvedNow = new ArrayList<>(pushedOut);
    pushedOut.clear();
    resolvedNow.addAll(incidents.advanceTo(now));
    for (IncidentTracker.Merge merge : incidents.regroup()) {
      LOG.infof("Incidents %s and %s are one incident, %s: their anomalies are linked in the call graph",
          merge.from(), merge.partner(), merge.into());
      revisionOf(merge.into()).due = true;
    }
    for (Incident resolved : resolvedNow) {
      Revision r = revisions.remove(resolved.id());
      reports.add(analyzer.analyze(resolved, r == null ? 1 : r.number + 1, now));
    }
    Set<String> openIds = new HashSet<>();
    for (Incident open : incidents.open()) {
      openIds.add(open.id());
      Revision r = revisionOf(open.id());
      if (r.number == 0 && clock.millis() - r.openedMillis < groupWaitMillis) {
        continue;
      }
      if (r.due && now - r.lastMillis >= revisionMillis / 2 || now - r.lastMillis >= revisionMillis) {
        r.number++;
        r.lastMillis = now;
        r.due = false;
        incidents.announce(open.id());
        reports.add(analyzer.analyze(open, r.number, now));
      }
    }
    // An incident renamed by an earlier anomaly before its first report, or joined to another,
    // leaves its old name here.
    revisions.keySet().retainAll(openIds);
    analyses += reports.size();
    return reports;
  }

  /**
   * Makes the open incident due for a new revision at the next tick, e.g. because its explanation
   * arrived after its report went out; a resolved or unknown incident is left alone.
   */
  synchronized void reviseSoon(String incidentId) {
    Revision r = revisions.get(incidentId);
    if (r != null) {
      r.dueNow();
    }
  }

  /**
   * Makes every open incident due at the next tick: a replica that has just become the leader
   * re-issues what the old leader may not have handed on (the store drops what it already has).
   */
  synchronized void reviseAllSoon() {
    revisions.values().forEach(Revision::dueNow);
  }

  /** Renames an open incident (see {@link IncidentTracker#rename}); its revision clock goes along. */
  synchronized boolean rename(String from, String to) {
    if (!incidents.rename(from, to)) {
      return false;
    }
    Revision r = revisions.remove(from);
    if (r != null) {
      revisions.put(to, r);
    }
    return true;
  }

  private Revision revisionOf(String incidentId) {
    return revisions.computeIfAbsent(incidentId, id -> new Revision(clock.millis()));
  }

  synchronized long analyses() {
    return analyses;
  }

  synchronized int openIncidents() {
    return revisions.size();
  }

  synchronized int openTraces() {
    return traces.openTraces();
  }

  /** Traces handed on before they were quiet, to keep the open traces within their bound. */
  synchronized long tracesEvicted() {
    return traces.evicted();
  }

  /** Spans beyond a trace's bound, dropped. */
  synchronized long spansDropped() {
    return traces.droppedSpans();
  }

  /** The share of traces read in full now: 1 while spans come within the budget. */
  synchronized double traceShare() {
    return share.share();
  }

  /** Spans left out of the analysis because their trace was not in the share. */
  synchronized long spansLeftOut() {
    return share.spansLeftOut();
  }

  /** Evidence of keys beyond the evidence store's bound, dropped. */
  synchronized long evidenceKeysDropped() {
    return store.droppedKeys();
  }

  /** Where an incident's reports stand. */
  private static final class Revision {
    final long openedMillis;
    int number;
    long lastMillis = Long.MIN_VALUE / 2;
    boolean due = true;

    Revision(long openedMillis) {
      this.openedMillis = openedMillis;
    }

    /** Due at the next tick, whenever the last revision was. */
    void dueNow() {
      due = true;
      lastMillis = Long.MIN_VALUE / 2;
    }
  }
}
