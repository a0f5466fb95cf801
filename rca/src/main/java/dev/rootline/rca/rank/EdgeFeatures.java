package dev.rootline.rca.rank;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence from calls: a caller whose calls per trace rose (a loop over items, retries); time on
 * calls that the callee's own spans do not explain (the network); and for a dependency without
 * spans of its own (a database, cache or external API), its failures and latency over all callers.
 */
final class EdgeFeatures {
  private static final int MIN_CALLS = 3;
  private static final int MIN_REQUESTS = 10;
  private static final double LEAST_FAN_OUT_RATIO = 1.3;
  /**
   * A rise in calls per request counts fully only when it is also more calls than chance gives at
   * the old rate (a Poisson surplus of three deviations); below that it counts in proportion.
   */
  private static final double SURE_FAN_OUT_Z = 3;

  private EdgeFeatures() {}

  static void apply(Map<String, Suspect> suspects, EvidenceStore store, AnalysisWindow w) {
    Map<String, Tally[]> inbound = new HashMap<>();
    for (Key edge : store.keys(Key.Type.EDGE)) {
      Tally[] calls = inbound.computeIfAbsent(edge.detail(), k -> new Tally[] {new Tally(), new Tally()});
      calls[0].add(store.sum(edge, w.baselineFrom(), w.baselineUntil()));
      calls[1].add(store.sum(edge, w.onset(), w.until()));
    }
    for (Key edge : store.keys(Key.Type.EDGE)) {
      Series s = new Series(store, edge, w);
      if (s.incident.count() < MIN_CALLS) {
        continue;
      }
      Suspect caller = suspects.get(edge.name());
      if (caller != null) {
        fanOut(caller, edge, s, new Series(store, Key.service(edge.name()), w));
      }
      boolean instrumented = store.sum(Key.service(edge.detail()), w.baselineFrom(), w.until()).count() > 0;
      Suspect callee = suspects.computeIfAbsent(edge.detail(), name -> new Suspect(name,
          instrumented ? Candidate.Kind.SERVICE : Candidate.Kind.DEPENDENCY));
      if (instrumented) {
        network(callee, edge, s);
      } else {
        Tally[] calls = inbound.get(edge.detail());
        dependency(callee, edge, s, ServiceFeatures.loadRatio(calls[0], calls[1], w));
      }
    }
  }

  /** Calls per request the caller handled: more of them means a loop, retries, or a cache that misses. */
  private static void fanOut(Suspect caller, Key edge, Series s, Series callerRequests) {
    long baseRequests = callerRequests.baseline.count();
    long nowRequests = callerRequests.incident.count();
    if (baseRequests < MIN_REQUESTS || nowRequests < MIN_REQUESTS / 2 || s.baseline.count() < MIN_CALLS) {
      return;
    }
    double before = (double) s.baseline.count() / baseRequests;
    double now = (double) s.incident.count() / nowRequests;
    double ratio = now / before;
    double surplus = Robust.poissonZ(s.incident.count(), before * nowRequests);
    if (ratio >= LEAST_FAN_OUT_RATIO && surplus > 0) {
      caller.strength(Feature.FAN_OUT, Math.log(ratio) / Math.log(2) * Math.min(1, surplus / SURE_FAN_OUT_Z));
      caller.finding(Feature.FAN_OUT, Evidence.Kind.CALL_GRAPH, edge.name() + " -> " + edge.detail(), before, now,
          "calls/request", String.format("%s calls %s %.2f times per request, normally %.2f", edge.name(),
              edge.detail(), now, before), List.of());
    }
  }

  private static void network(Suspect callee, Key edge, Series s) {
    double z = s.z(Tally::selfMean, 0.1, 0.2);
    if (z > 0) {
      callee.strength(Feature.NETWORK, z);
      callee.finding(Feature.NETWORK, Evidence.Kind.CALL_GRAPH, edge.name() + " -> " + edge.detail(),
          s.baseline.selfMean(), s.incident.selfMean(), "ms", String.format(
              "calls from %s to %s spend %.1f ms outside %s's own spans, normally %.1f ms", edge.name(),
              edge.detail(), s.incident.selfMean(), edge.detail(), s.baseline.selfMean()), List.of());
    }
  }

  /** Failures and latency of calls to a dependency; latency is discounted by the rise of all calls to it. */
  private static void dependency(Suspect dependency, Key edge, Series s, double load) {
    double perCall = (s.baseline.origins() + 0.5) / (s.baseline.count() + 1.0);
    double expected = perCall * s.incident.count();
    double errors = Robust.poissonZ(s.incident.origins(), expected);
    if (errors > 0 && s.incident.origins() > 0) {
      dependency.strength(Feature.DEPENDENCY_ERRORS, errors);
      dependency.finding(Feature.DEPENDENCY_ERRORS, Evidence.Kind.CALL_GRAPH, edge.name() + " -> " + edge.detail(),
          expected, s.incident.origins(), "failures", String.format("%d calls from %s to %s failed%s, %.1f expected",
              s.incident.origins(), edge.name(), edge.detail(), s.shareNote(), expected), List.of());
    }
    double latency = s.z(Tally::selfMean, 0.1, 0.05) / Math.max(1, load);
    if (latency > 0) {
      dependency.strength(Feature.DEPENDENCY_LATENCY, latency);
      dependency.finding(Feature.DEPENDENCY_LATENCY, Evidence.Kind.CALL_GRAPH, edge.name() + " -> " + edge.detail(),
          s.baseline.selfMean(), s.incident.selfMean(), "ms", String.format(
              "calls from %s to %s take %.1f ms, normally %.1f ms%s", edge.name(), edge.detail(),
              s.incident.selfMean(), s.baseline.selfMean(),
              load >= 1.5 ? String.format(" (while calls rose x%.1f)", load) : ""), List.of());
    }
  }
}
