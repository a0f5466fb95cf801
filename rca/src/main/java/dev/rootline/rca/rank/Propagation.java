package dev.rootline.rca.rank;

import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A personalized random walk, as MicroRank and MicroRCA use: it starts from the services showing
 * symptoms and follows calls downstream, preferring callees that are themselves abnormal; where it
 * comes to rest most often is where the symptoms lead. Scores are scaled so that the highest is 1.
 */
final class Propagation {
  private static final double RESTART = 0.15;
  private static final int ROUNDS = 40;
  private static final double FLOOR = 0.05;

  private Propagation() {}

  static void apply(Map<String, Suspect> suspects, Set<String> symptoms, EvidenceStore store, AnalysisWindow w,
      Map<String, Double> anomaly) {
    Map<String, List<String>> callees = new HashMap<>();
    for (Key edge : store.keys(Key.Type.EDGE)) {
      if (suspects.containsKey(edge.name()) && suspects.containsKey(edge.detail())
          && store.sum(edge, w.baselineFrom(), w.until()).count() > 0) {
        callees.computeIfAbsent(edge.name(), k -> new ArrayList<>()).add(edge.detail());
      }
    }
    // Start from the symptoms; without any (an onset given from outside), from what is abnormal.
    Map<String, Double> start = new HashMap<>();
    for (String service : symptoms) {
      if (suspects.containsKey(service)) {
        start.put(service, 1.0);
      }
    }
    if (start.isEmpty()) {
      suspects.keySet().forEach(s -> start.put(s, FLOOR + anomaly.getOrDefault(s, 0.0)));
    }
    double total = start.values().stream().mapToDouble(Double::doubleValue).sum();
    start.replaceAll((k, v) -> v / total);
    Map<String, Double> rank = walk(suspects.keySet(), callees, start, anomaly);
    double max = rank.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (max > 0) {
      rank.forEach((service, r) -> suspects.get(service).strengths.put(Feature.PROPAGATION, r / max));
    }
  }

  private static Map<String, Double> walk(Set<String> nodes, Map<String, List<String>> callees,
      Map<String, Double> start, Map<String, Double> anomaly) {
    Map<String, Double> rank = new HashMap<>(start);
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Double> next = new HashMap<>();
      start.forEach((node, p) -> next.merge(node, RESTART * p, Double::sum));
      for (String node : nodes) {
        double mass = rank.getOrDefault(node, 0.0) * (1 - RESTART);
        if (mass == 0) {
          continue;
        }
        // Stay with the node in proportion to its own abnormality, move to each callee in
        // proportion to theirs: the walk drifts towards the most abnormal end of the call chains.
        double stay = FLOOR + anomaly.getOrDefault(node, 0.0);
        List<String> out = callees.getOrDefault(node, List.of());
        double weights = stay;
        for (String callee : out) {
          weights += FLOOR + anomaly.getOrDefault(callee, 0.0);
        }
        next.merge(node, mass * stay / weights, Double::sum);
        for (String callee : out) {
          next.merge(callee, mass * (FLOOR + anomaly.getOrDefault(callee, 0.0)) / weights, Double::sum);
        }
      }
      rank = next;
    }
    return rank;
  }
}
