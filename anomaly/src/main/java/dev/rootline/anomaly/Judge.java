package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;
import dev.rootline.core.anomaly.Anomaly.Direction;

/**
 * Judges one window against a baseline for one detector. {@code strength} scales the detector's
 * bar: 1 to fire, 0.5 to decide that an open anomaly is back to normal (hysteresis).
 */
final class Judge {
  /** Confidence of the upper bound on a ratio baseline learned from few requests. */
  private static final double BASELINE_Z = 2;
  /** The newest windows the z rule scans (two minutes); the sparse-evidence rule scans the whole pool. */
  private static final int Z_SCAN = 12;
  /** The fewest pooled failures the sparse-evidence rule rests on. */
  private static final double LEAST_FAILURES = 3;
  private Judge() {}

  static Verdict judge(DetectorSpec spec, Expectation e, Sample s, double strength) {
    return switch (spec.model()) {
      case RATIO -> ratio(spec, e, s, strength);
      case PEAK -> peak(spec, e, s, strength);
      default -> scaled(spec, e, s, strength);
    };
  }

  /** The cold-start rule: only a value beyond the detector's absolute limit is abnormal. */
  static Verdict absolute(DetectorSpec spec, Sample s) {
    if (Double.isNaN(spec.absolute())) {
      return Verdict.NONE;
    }
    boolean ratio = spec.model() == Model.RATIO;
    int pool = ratio ? s.poolFor(spec.minSamples()) : 0;
    double value = ratio ? (pool == 0 ? 0 : s.failed()[pool - 1] / s.totals()[pool - 1]) : s.value();
    boolean judged = ratio ? pool > 0 : enough(spec, s, value);
    boolean up = spec.direction() == Direction.UP;
    boolean shaped = (up ? value >= spec.absolute() : value <= spec.absolute())
        && (!ratio || s.failedNow() > 0);
    return new Verdict(judged, shaped, judged && shaped, value / spec.absolute(), value, spec.absolute());
  }

  private static Verdict scaled(DetectorSpec spec, Expectation e, Sample s, double strength) {
    Model model = spec.model();
    boolean up = spec.direction() == Direction.UP;
    double y = Scale.to(model, s.value(), s.windowMillis());
    double expected = Scale.from(model, e.level(), s.windowMillis());
    double z = (up ? y - e.level() : e.level() - y) / e.spread();
    double factor = 1 + (spec.minChange() - 1) * strength;
    boolean changed = up
        ? s.value() > expected && s.value() >= expected * factor
        : s.value() < expected && s.value() * factor <= expected;
    boolean far = Math.abs(s.value() - expected) >= spec.minDelta() * strength;
    // A value the series already showed in recent normal history is not a departure, however
    // sparse or spiky the series: this keeps occasional 0 -> 1 flips of small gauges quiet.
    boolean beyond = strength < 1 || (up ? y > e.high() : y < e.low());
    // A count too small to fire is still a judged, normal window: quiet between bursts is evidence.
    boolean countUp = model == Model.COUNT && up;
    boolean judged = countUp || enough(spec, s, up ? s.value() : expected);
    boolean shaped = changed && far && beyond && (!countUp || enough(spec, s, s.value()));
    return new Verdict(judged, shaped, judged && shaped && z >= spec.threshold() * strength,
        z, s.value(), expected);
  }

  /**
   * A peak is abnormal only above the highest value of the last hour, by the least factor, and by
   * the threshold in units of the log-scale noise floor (2 %).
   */
  private static Verdict peak(DetectorSpec spec, Expectation e, Sample s, double strength) {
    double y = Scale.to(Model.PEAK, s.value(), s.windowMillis());
    double highest = Math.exp(e.high());
    double z = (y - e.high()) / Scale.LOG_FLOOR;
    double factor = 1 + (spec.minChange() - 1) * strength;
    boolean shaped = s.value() >= highest * factor && s.value() - highest >= spec.minDelta() * strength;
    boolean judged = s.samples() >= spec.minSamples();
    return new Verdict(judged, shaped, judged && shaped && z >= spec.threshold() * strength, z, s.value(), highest);
  }

  /**
   * A ratio is abnormal when the failures of the newest windows are beyond doubt more than the
   * baseline allows: an arcsine-transformed binomial z-score (well calibrated for small ratios and
   * few requests, unlike a normal approximation) against the baseline's upper bound plus the least
   * difference, shrunk by the overdispersion the history showed. To fire, the newest 1 to 12
   * windows are scanned and the strongest evidence counts, so a modest rise on modest traffic adds
   * up; to resolve, only the fewest windows holding enough requests count (up to the whole pool, so a
   * series too quiet for the z rule, opened by the sparse-evidence rule, still resolves), so recovery shows fast.
   */
  private static Verdict ratio(DetectorSpec spec, Expectation e, Sample all, double strength) {
    Sample s = strength < 1 ? all : all.newest(Z_SCAN);
    double p0 = e.level();
    double factor = 1 + (spec.minChange() - 1) * strength;
    double reference = Math.min(1, Robust.wilsonUpper(p0 * e.support(), e.support(), BASELINE_Z)
        + spec.minDelta() * strength);
    int first = s.poolFor(spec.minSamples());
    int last = strength < 1 ? first : s.totals().length;
    // With the sparse-evidence rule, a window is judged when the whole pool holds enough requests.
    boolean judged = first > 0 || !Double.isNaN(spec.evidence()) && all.poolFor(spec.minSamples()) > 0;
    Verdict best = new Verdict(judged, false, false, 0, first > 0 ? s.failed()[first - 1] / s.totals()[first - 1] : 0, p0);
    for (int i = Math.max(first, 1) - 1; first > 0 && i < last; i++) {
      double k = s.failed()[i];
      double n = s.totals()[i];
      double ratio = k / n;
      boolean shaped = s.failedNow() > 0 && ratio > p0 && ratio >= p0 * factor;
      double z = Robust.arcsineZ(k, n, reference) / e.spread();
      boolean breach = shaped && z >= spec.threshold() * strength;
      if (breach && !best.breach() || breach == best.breach() && shaped && z > best.z()) {
        best = new Verdict(true, shaped, breach, z, ratio, p0);
      }
    }
    return best.breach() || strength < 1 || Double.isNaN(spec.evidence()) ? best : sparse(spec, e, all, best);
  }

  /**
   * The sparse-evidence rule: the newest 1 to 36 windows' failures (six minutes), however few their requests,
   * are beyond what the baseline makes probable at the detector's significance (exact
   * beta-binomial tail, counts shrunk by the overdispersion the history showed). At least
   * {@link #LEAST_FAILURES} failures, the newest window holding one: a single failed retry is never
   * evidence, and the anomaly opens on the failure that tips the balance.
   */
  private static Verdict sparse(DetectorSpec spec, Expectation e, Sample s, Verdict otherwise) {
    double p0 = e.level();
    double dispersion = e.spread() * e.spread();
    for (int i = 0; s.failedNow() > 0 && i < s.totals().length; i++) {
      double k = s.failed()[i];
      double n = s.totals()[i];
      if (k < LEAST_FAILURES || k / n <= p0 * spec.minChange() || k / n - p0 < spec.minDelta()) {
        continue;
      }
      double tail = Evidence.failuresTail(k / dispersion, n / dispersion, p0 * e.support() / dispersion,
          e.support() / dispersion);
      if (tail <= spec.evidence()) {
        return new Verdict(true, true, true, Math.max(otherwise.z(), spec.threshold()), k / n, p0, true);
      }
    }
    return otherwise;
  }

  /** Enough requests or counts behind the judgement; for counts, {@code rate} is the one at stake. */
  private static boolean enough(DetectorSpec spec, Sample s, double rate) {
    if (spec.model() == Model.COUNT) {
      return rate * s.windowMillis() / 1000.0 >= spec.minSamples();
    }
    return s.samples() >= spec.minSamples();
  }
}
