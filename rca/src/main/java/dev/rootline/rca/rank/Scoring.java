package dev.rootline.rca.rank;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Indicator;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

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
  private static final double GRAPH_ALONE = 0.3;
  private static final double CHANGE_SUPPORTED = 2.5;
  private static final double CHANGE_LEAST_PROXIMITY = 0.2;
  /** A change this close to onset (about seven minutes) names the indicator even with little else to see. */
  private static final double CLOSE_CHANGE = 0.5;
  private static final double CHANGE_LEAST_SUPPORT = 0.25;

  private Scoring() {}

  /** How abnormal the suspect itself is, 0 to 1. */
  static double ownAbnormality(Suspect s) {
    double own = 0;
    for (Feature f : OWN) {
      own = Math.max(own, f.level(s.strength(f)));
    }
    return own;
  }

  /** The evidence plus the graph's share, which counts fully only for a suspect abnormal itself. */
  static double score(Suspect s) {
    double graph = Feature.PROPAGATION.contribution(s.strength(Feature.PROPAGATION));
    return evidence(s) + graph * (GRAPH_ALONE + (1 - GRAPH_ALONE) * ownAbnormality(s));
  }

  /** The score without the suspect's place in the graph: what it shows itself, and its change. */
  static double evidence(Suspect s) {
    double score = 0;
    for (Feature f : OWN) {
      score += f.contribution(s.strength(f));
    }
    double proximity = s.strength(Feature.CHANGE);
    if (proximity > 0) {
      double support = Math.max(ownAbnormality(s), Feature.VERSION.level(s.strength(Feature.VERSION)));
      score += proximity * (CHANGE_BASE + CHANGE_SUPPORTED * support)
          + Feature.VERSION.contribution(s.strength(Feature.VERSION));
    }
    return score;
  }

  /** The feature contributing most to the score among the suspect's own, or null when none does. */
  static Feature strongestOwn(Suspect s) {
    return strongest(s, f -> true);
  }

  /** The strongest own feature other than {@code excluded} that names an indicator at half its level or more. */
  private static Feature strongestOwnBesides(Suspect s, Feature excluded) {
    return strongest(s, f -> f != excluded && f.indicator != null && f.level(s.strength(f)) >= 0.5);
  }

  private static Feature strongest(Suspect s, Predicate<Feature> eligible) {
    Feature best = null;
    double most = 0;
    for (Feature f : OWN) {
      double c = f.contribution(s.strength(f));
      if (c > most && eligible.test(f)) {
        most = c;
        best = f;
      }
    }
    return best;
  }

  /**
   * The indicator, in order of precedence: a dependency is a dependency; a change close before
   * onset, or one followed by the service's own trouble, is the change; a caller that multiplied
   * its calls is saturating what it calls (retries, misses) unless a change explains it; then the
   * strongest own feature, where a resource metric names its resource, except a backlog, which is
   * what failing or slow processing leaves behind.
   */
  static Indicator indicator(Suspect s) {
    if (s.kind == Candidate.Kind.DEPENDENCY) {
      return Indicator.DEPENDENCY;
    }
    double proximity = s.strength(Feature.CHANGE);
    if (s.change != null && (proximity >= CLOSE_CHANGE || proximity >= CHANGE_LEAST_PROXIMITY
        && Math.max(ownAbnormality(s), Feature.VERSION.level(s.strength(Feature.VERSION))) >= CHANGE_LEAST_SUPPORT)) {
      ChangeKind kind = s.change.kind();
      if (kind == ChangeKind.CONFIG || kind == ChangeKind.FEATURE_FLAG) {
        return Indicator.CONFIG_CHANGE;
      }
      if (kind == ChangeKind.DEPLOY || kind == ChangeKind.ROLLBACK) {
        return Indicator.CODE_CHANGE;
      }
    }
    if (Feature.FAN_OUT.level(s.strength(Feature.FAN_OUT)) >= CHANGE_LEAST_SUPPORT) {
      return Indicator.SATURATION;
    }
    Feature top = strongestOwn(s);
    if (top == null) {
      return Indicator.LATENCY;
    }
    MetricClass resourceClass = s.resourceMetric == null ? MetricClass.OTHER : MetricClass.of(s.resourceMetric);
    Feature other = strongestOwnBesides(s, Feature.RESOURCE);
    if (resourceClass == MetricClass.QUEUE && other != null) {
      top = other;
    } else if (resourceClass.resource() && (top == Feature.RESOURCE
        || Feature.RESOURCE.level(s.strength(Feature.RESOURCE)) >= 0.5
        && Feature.RESOURCE.contribution(s.strength(Feature.RESOURCE)) >= RESOURCE_SHARE * top.contribution(s.strength(top)))) {
      return resourceClass.indicator;
    }
    return top.indicator != null ? top.indicator : Indicator.LATENCY;
  }

}
