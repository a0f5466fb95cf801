package dev.rootline.rca.rank;

import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The rankers Rootline's ranking is measured against in the same run: a random order of the
 * candidates, and BARO's metric-only ranking (every service by its furthest metric since onset,
 * in robust spreads from its pre-onset median, after Pham et al., FSE 2024).
 */
public final class ReferenceRankers {
  private ReferenceRankers() {}

  /** Every service and dependency that Rootline's ranker would consider, sorted by name. */
  public static List<String> candidates(EvidenceStore store, AnalysisWindow w) {
    TreeSet<String> names = new TreeSet<>();
    for (Key key : store.keys(Key.Type.SERVICE)) {
      if (store.sum(key, w.baselineFrom(), w.until()).count() > 0) {
        names.add(key.name());
      }
    }
    for (Key edge : store.keys(Key.Type.EDGE)) {
      if (store.sum(edge, w.onset(), w.until()).count() > 0) {
        names.add(edge.detail());
      }
    }
    return new ArrayList<>(names);
  }

  /** The candidates in an order drawn from {@code seed}. */
  public static List<String> random(EvidenceStore store, AnalysisWindow w, long seed) {
    List<String> names = candidates(store, w);
    Collections.shuffle(names, new Random(seed));
    return names;
  }

  /** Services by their highest BARO score over all their metrics; services without metrics last. */
  public static List<String> baro(EvidenceStore store, AnalysisWindow w) {
    Map<String, Double> best = new HashMap<>();
    for (String name : candidates(store, w)) {
      best.put(name, -1.0);
    }
    for (Key key : store.keys(Key.Type.METRIC)) {
      double z = MetricFeatures.baro(new Series(store, key, w));
      if (Double.isFinite(z)) {
        best.merge(key.name(), z, Math::max);
      }
    }
    List<String> ranked = new ArrayList<>(best.keySet());
    ranked.sort(Comparator.comparingDouble((String s) -> best.get(s)).reversed().thenComparing(s -> s));
    return ranked;
  }
}
