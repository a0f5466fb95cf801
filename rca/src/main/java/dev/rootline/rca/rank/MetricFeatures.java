package dev.rootline.rca.rank;

import dev.rootline.core.rca.Evidence;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.util.List;
import java.util.Map;

/**
 * A service's metrics against their pre-onset median and spread, as BARO scores them: the furthest
 * value since onset, up or down, in robust spreads; and its error-level logs as a count against the
 * baseline rate.
 */
final class MetricFeatures {
  static final String ERROR_LOGS = "log.errors";

  private MetricFeatures() {}

  /** The BARO score of one metric series: how far its furthest incident value lies from normal. */
  static double baro(Series s) {
    double[] base = s.baselineValues(Tally::mean);
    double[] now = s.incidentValues(Tally::mean);
    if (base.length < 3 || now.length == 0) {
      return Double.NaN;
    }
    double median = Robust.median(base);
    double iqr = Robust.quantile(base, 0.75) - Robust.quantile(base, 0.25);
    double spread = Math.max(iqr, Math.max(0.05 * Math.abs(median), 1e-9));
    double furthest = 0;
    for (double v : now) {
      furthest = Math.max(furthest, Math.abs(v - median) / spread);
    }
    return furthest;
  }

  static void apply(Map<String, Suspect> suspects, EvidenceStore store, AnalysisWindow w) {
    for (Key key : store.keys(Key.Type.METRIC)) {
      Suspect suspect = suspects.get(key.name());
      if (suspect == null) {
        continue;
      }
      String name = key.detail().substring(0, key.detail().lastIndexOf('/'));
      Series s = new Series(store, key, w);
      if (name.equals(ERROR_LOGS)) {
        errorLogs(suspect, s, w);
        continue;
      }
      MetricClass c = MetricClass.of(name);
      double z = baro(s);
      if (c.resource() && z > suspect.strength(Feature.RESOURCE)) {
        suspect.strength(Feature.RESOURCE, z);
        suspect.resourceMetric = name;
        suspect.findings.removeIf(f -> f.feature() == Feature.RESOURCE);
        suspect.finding(Feature.RESOURCE, Evidence.Kind.METRIC, key.detail(), s.baseline.mean(),
            s.incident.mean(), "", String.format("%s of %s moved %.1f spreads from its median before onset",
                name, suspect.name, z), List.of());
      }
    }
  }

  private static void errorLogs(Suspect suspect, Series s, AnalysisWindow w) {
    double perMinute = s.baseline.sum() / w.baselineMinutes();
    double expected = perMinute * w.incidentMinutes();
    double z = Robust.poissonZ(s.incident.sum(), expected);
    if (z > 0 && s.incident.sum() >= 1) {
      suspect.strength(Feature.ERROR_LOGS, z);
      suspect.finding(Feature.ERROR_LOGS, Evidence.Kind.LOG_TEMPLATE, ERROR_LOGS, perMinute,
          s.incident.sum() / w.incidentMinutes(), "1/min", String.format(
              "%s logged %.0f errors since onset, %.1f expected", suspect.name, s.incident.sum(), expected), List.of());
    }
  }
}
