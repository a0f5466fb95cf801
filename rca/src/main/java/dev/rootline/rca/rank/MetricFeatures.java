package dev.rootline.rca.rank;

import dev.rootline.core.rca.Evidence;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's metrics against their pre-onset median and spread, as BARO scores them: the furthest
 * value since onset, up or down, in robust spreads; and its error-level logs as a count against the
 * baseline rate.
 */
final class MetricFeatures {
  static final String ERROR_LOGS = "log.errors";
  private static final double MAX_Z = 1_000;
  /** The signals that say how full or busy a resource is: a gauge's level, time or amount per second. */
  private static final Set<String> LEVEL_SIGNALS = Set.of("value", "per_second");

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

  /**
   * How far the metric left the range it kept before onset, in robust spreads from its median:
   * values inside the baseline's own range (a heap's sawtooth, a pool that is sometimes busy)
   * count nothing, and one stray value does not count either: the second furthest value since
   * onset is taken. The spread is at least half the baseline's range, so that a bursty series
   * (garbage collection, a pool in use now and then) must go well past its own extremes to count.
   */
  static double beyondRange(Series s) {
    double[] base = s.baselineValues(Tally::mean);
    double[] now = s.incidentValues(Tally::mean);
    if (base.length < 3 || now.length == 0) {
      return Double.NaN;
    }
    double median = Robust.median(base);
    double low = Robust.quantile(base, 0);
    double high = Robust.quantile(base, 1);
    double iqr = Robust.quantile(base, 0.75) - Robust.quantile(base, 0.25);
    double spread = Math.max(Math.max(iqr, 0.5 * (high - low)), Math.max(0.05 * Math.abs(median), 1e-9));
    double[] beyond = new double[now.length];
    for (int i = 0; i < now.length; i++) {
      double v = now[i];
      beyond[i] = v > high || v < low ? Math.abs(v - median) / spread : 0;
    }
    Arrays.sort(beyond);
    double second = beyond.length >= 2 ? beyond[beyond.length - 2] : beyond[0];
    return Math.min(second, MAX_Z);
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
      String signal = key.detail().substring(key.detail().lastIndexOf('/') + 1);
      if (!LEVEL_SIGNALS.contains(signal)) {
        continue; // event counts per window are load, and sparse means are noise; levels say how full a resource is
      }
      MetricClass c = MetricClass.of(name);
      // A service whose inbound load rose is busier because of its callers: its resources show the load.
      double z = beyondRange(s) / Math.max(1, suspect.load);
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
