package dev.rootline.rca.rank;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Indicator;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns a suspect's features into one score and an indicator. Each feature adds its weight times
 * its saturated strength; a change near onset adds more the more the changed service itself shows
 * (a change with nothing wrong after it is a weak lead, not a cause).
 */
final class Scoring {
  /** Features that describe the suspect itself rather than its place in the graph or its history. */
  static final Set<Feature> OWN = EnumSet.of(Feature.ERROR_ORIGIN, Feature.SELF_TIME, Feature.RESOURCE,
      Feature.ERROR_LOGS, Feature.FAN_OUT, Feature.NETWORK, Feature.DEPENDENCY_ERRORS, Feature.DEPENDENCY_LATENCY,
      Feature.ERRORS, Feature.LATENCY);
  /** How much a strong resource metric must weigh, against the top own feature, to name the indicator. */
  private static final double RESOURCE_SHARE = 0.5;
  private static final double CHANGE_BASE = 0.5;
  private static final double CHANGE_SUPPORTED = 2.5;
  private static final double CHANGE_LEAST_PROXIMITY = 0.2;

  private Scoring() {}

  /** How abnormal the suspect itself is, 0 to 1. */
  static double ownAbnormality(Suspect s) {
    double own = 0;
    for (Feature f : OWN) {
      own = Math.max(own, Robust.saturate(s.strength(f), f.half));
    }
    return own;
  }

  static double score(Suspect s) {
    double score = 0;
    for (Feature f : OWN) {
      score += f.contribution(s.strength(f));
    }
    score += Feature.PROPAGATION.contribution(s.strength(Feature.PROPAGATION));
    double proximity = s.strength(Feature.CHANGE);
    if (proximity > 0) {
      double support = Math.max(ownAbnormality(s), Robust.saturate(s.strength(Feature.VERSION), Feature.VERSION.half));
      score += proximity * (CHANGE_BASE + CHANGE_SUPPORTED * support)
          + Feature.VERSION.contribution(s.strength(Feature.VERSION));
    }
    return score;
  }

  /** The feature contributing most to the score among the suspect's own. */
  static Feature strongestOwn(Suspect s) {
    Feature best = null;
    double most = 0;
    for (Feature f : OWN) {
      double c = f.contribution(s.strength(f));
      if (c > most) {
        most = c;
        best = f;
      }
    }
    return best;
  }

  static Indicator indicator(Suspect s) {
    if (s.kind == Candidate.Kind.DEPENDENCY) {
      return Indicator.DEPENDENCY;
    }
    if (s.change != null && s.strength(Feature.CHANGE) >= CHANGE_LEAST_PROXIMITY && ownAbnormality(s) >= 0.5) {
      ChangeKind kind = s.change.kind();
      if (kind == ChangeKind.CONFIG || kind == ChangeKind.FEATURE_FLAG) {
        return Indicator.CONFIG_CHANGE;
      }
      if (kind == ChangeKind.DEPLOY || kind == ChangeKind.ROLLBACK) {
        return Indicator.CODE_CHANGE;
      }
    }
    Feature top = strongestOwn(s);
    if (top == null) {
      return Indicator.LATENCY;
    }
    double resource = Feature.RESOURCE.contribution(s.strength(Feature.RESOURCE));
    if (s.resourceMetric != null && Robust.saturate(s.strength(Feature.RESOURCE), Feature.RESOURCE.half) >= 0.5
        && resource >= RESOURCE_SHARE * top.contribution(s.strength(top))) {
      return MetricClass.of(s.resourceMetric).indicator;
    }
    return top.indicator != null ? top.indicator : Indicator.LATENCY;
  }
}
