package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly.Direction;
import java.util.Objects;

/**
 * One detector of the catalogue, declared as data: the signal it reads on which series, the way it
 * fires, how far from the baseline counts as abnormal, and the sentence it says.
 *
 * @param id              stable name carried by the anomalies it raises, e.g. {@code latency.p99.increase}
 * @param signal          the observation signal it reads; for {@link Scope#METRICS} also several,
 *                        as {@code value|per_second}, or {@code *} for any signal of a metric series
 * @param scope           which series it applies to
 * @param metricPattern   for {@link Scope#METRICS}: a case-insensitive regular expression found in
 *                        the metric's name; the first matching entry wins. Empty for other scopes
 * @param model           how a value is compared with its baseline
 * @param direction       the way the signal must move to fire
 * @param threshold       robust z-score a window must reach ({@link Model#RATIO}: the z of the Wilson
 *                        bound; SLO models: the burn rate of the fastest burn window, for display)
 * @param minChange       the least factor between observed and expected, at least 1
 * @param minDelta        the least absolute difference between observed and expected, in {@code unit}
 * @param minSamples      the least requests or counts one judgement rests on (fewer: no judgement)
 * @param confirm         consecutive judged windows that must breach before an anomaly opens
 * @param absolute        the cold-start rule: before the baseline has history, fire beyond this
 *                        value; NaN for none
 * @param unit            the unit of observed and expected values
 * @param messageTemplate the sentence, with {@code {series} {service} {observed} {expected} {score}}
 * @param evidence        for {@link Model#RATIO}: the sparse-evidence rule's significance, the most
 *                        a pooled count of failures may be probable under the baseline (exact
 *                        beta-binomial tail) to open an anomaly at once, with no least requests and
 *                        no windows in a row; NaN for none
 */
public record DetectorSpec(
    String id,
    String signal,
    Scope scope,
    String metricPattern,
    Model model,
    Direction direction,
    double threshold,
    double minChange,
    double minDelta,
    int minSamples,
    int confirm,
    double absolute,
    String unit,
    String messageTemplate,
    double evidence) {

  /** A detector without the sparse-evidence rule. */
  public DetectorSpec(String id, String signal, Scope scope, String metricPattern, Model model, Direction direction,
      double threshold, double minChange, double minDelta, int minSamples, int confirm, double absolute, String unit,
      String messageTemplate) {
    this(id, signal, scope, metricPattern, model, direction, threshold, minChange, minDelta, minSamples, confirm,
        absolute, unit, messageTemplate, Double.NaN);
  }

  /** Which series a detector reads. */
  public enum Scope {
    /** Operation and edge series (requests handled, calls made). */
    REQUESTS,
    /** Operation series of entry services, held to the catalogue's SLOs. */
    ENTRY_OPERATIONS,
    /** Resource metric series whose name matches {@code metricPattern}. */
    METRICS
  }

  /** How a detector compares a value with what is normal for its series. */
  public enum Model {
    /** Event counts per window (a rate times the window): square-root scale, Poisson noise floor. */
    COUNT,
    /** Failed out of total requests: pooled binomial baseline, Wilson bound on the observed ratio. */
    RATIO,
    /** Positive, right-skewed values (latency, bytes): compared on a log scale. */
    LOG,
    /** Any other level (utilization, pool usage, GC time per second): compared as is. */
    LEVEL,
    /**
     * A level whose normal is a range rather than a value (a heap's garbage-collection sawtooth,
     * a queue drained in batches): abnormal only well above the highest of the last hour.
     */
    PEAK,
    /** Error-budget burn rate of an availability SLO, multi-window. */
    SLO_AVAILABILITY,
    /** Error-budget burn rate of a latency SLO, multi-window. */
    SLO_LATENCY;

    boolean slo() {
      return this == SLO_AVAILABILITY || this == SLO_LATENCY;
    }

    /** Whether small sustained departures are accumulated (a CUSUM over robust z-scores). */
    boolean cusum() {
      return this == COUNT || this == LOG || this == LEVEL;
    }
  }

  public DetectorSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(metricPattern, "metricPattern");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(messageTemplate, "messageTemplate");
    if (!(threshold > 0) || !(minChange >= 1) || !(minDelta >= 0) || minSamples < 0
        || confirm < 1 || confirm > Memory.MAX_CONFIRM) {
      throw new IllegalArgumentException("detector " + id + ": threshold > 0, minChange >= 1, "
          + "minDelta >= 0, minSamples >= 0 and confirm in 1.." + Memory.MAX_CONFIRM + " are required");
    }
    if (!Double.isNaN(evidence) && (model != Model.RATIO || !(evidence > 0 && evidence < 1))) {
      throw new IllegalArgumentException("detector " + id + ": evidence is a significance in (0, 1), for ratios");
    }
    if (scope != Scope.METRICS && (signal.contains("|") || signal.equals("*"))) {
      throw new IllegalArgumentException("detector " + id + ": only metric detectors read several signals");
    }
    if (model.slo() != (scope == Scope.ENTRY_OPERATIONS)) {
      throw new IllegalArgumentException("detector " + id + ": SLO models go with ENTRY_OPERATIONS");
    }
  }
}
