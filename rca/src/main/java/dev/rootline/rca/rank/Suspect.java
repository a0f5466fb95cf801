package dev.rootline.rca.rank;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A candidate while its features are gathered: raw strengths, the findings behind them, the change. */
final class Suspect {
  final String name;
  final Candidate.Kind kind;
  final Map<Feature, Double> strengths = new EnumMap<>(Feature.class);
  final List<Draft> findings = new ArrayList<>();
  DeployEvent change;
  String resourceMetric;
  /** How many times more requests per minute it handled since onset than before (1 when unknown). */
  double load = 1;

  Suspect(String name, Candidate.Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /** Keeps the stronger of this and any earlier strength of the feature. */
  void strength(Feature feature, double value) {
    if (Double.isFinite(value) && value > strengths.getOrDefault(feature, 0.0)) {
      strengths.put(feature, value);
    }
  }

  double strength(Feature feature) {
    return strengths.getOrDefault(feature, 0.0);
  }

  void finding(Feature feature, Evidence.Kind kind, String subject, double baseline, double observed, String unit,
      String text, List<String> traceIds) {
    findings.add(new Draft(feature, kind, subject, baseline, observed, unit, text, traceIds));
  }

  /** A finding before it has its id in the report. */
  record Draft(Feature feature, Evidence.Kind kind, String subject, double baseline, double observed, String unit,
      String text, List<String> traceIds) {}
}
