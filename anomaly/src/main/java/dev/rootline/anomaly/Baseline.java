package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;

/**
 * What is normal for one signal of one series: the median and MAD of the last values learned,
 * corrected by the daily profile once the series has more than a day of history (the profile gives
 * the shape of the day, the recent values give today's level and noise).
 */
final class Baseline {
  /** Recent values that must carry a profile value before the expectation turns seasonal. */
  private static final int MIN_SEASONAL = 20;
  private static final double MAX_DISPERSION = 100;

  /** A peak baseline keeps one value per this many windows, its highest, so the ring spans an hour. */
  static final int PEAK_BUCKET = 6;

  final Ring ring = new Ring();
  final DailyProfile profile;
  long firstMillis = Long.MIN_VALUE;
  /** For peaks: the highest value of the bucket being filled, and how many windows it holds. */
  float bucketMax = Float.NEGATIVE_INFINITY;
  int bucketWindows;

  Baseline(boolean seasonal) {
    this.profile = seasonal ? new DailyProfile() : null;
  }

  /** The expectation at {@code timeMillis} for a value on {@code model}'s scale; null when empty. */
  Expectation expect(Model model, long timeMillis) {
    int n = ring.size();
    if (n == 0) {
      return null;
    }
    if (model == Model.RATIO) {
      return pooledRatio();
    }
    double seasonal = profileAt(timeMillis);
    double[] xs = new double[n];
    int m = 0;
    boolean useProfile = !Double.isNaN(seasonal) && countSeasonal() >= Math.max(MIN_SEASONAL, n / 2);
    for (int i = 0; i < n; i++) {
      double companion = ring.companion(i);
      if (!useProfile) {
        xs[m++] = ring.value(i);
      } else if (!Double.isNaN(companion)) {
        xs[m++] = ring.value(i) - companion;
      }
    }
    double offset = useProfile ? seasonal : 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      low = Math.min(low, xs[i]);
      high = Math.max(high, xs[i]);
    }
    double median = Robust.median(xs, m);
    double spread = Robust.MAD_TO_SIGMA * Robust.mad(xs, m, median);
    double level = offset + median;
    return new Expectation(level, Math.max(spread, Scale.noiseFloor(model, level)),
        offset + low, offset + high, m, useProfile);
  }

  /** Learns a value on the model's scale; {@code companion} is the request count for ratios. */
  void learn(Model model, long timeMillis, double y, double companion, double spread, boolean toProfile) {
    if (firstMillis == Long.MIN_VALUE) {
      firstMillis = timeMillis;
    }
    if (model == Model.RATIO) {
      ring.push(y, companion);
      return;
    }
    if (model == Model.PEAK) {
      bucketMax = (float) Math.max(bucketMax, y);
      if (++bucketWindows == PEAK_BUCKET) {
        ring.push(bucketMax, Double.NaN);
        bucketMax = Float.NEGATIVE_INFINITY;
        bucketWindows = 0;
      }
      return;
    }
    ring.push(y, profileAt(timeMillis));
    if (toProfile && profile != null) {
      profile.learn(timeMillis, y, spread > 0 ? spread : Double.POSITIVE_INFINITY);
    }
  }

  /** The profile's value at {@code timeMillis} once the series has a day of history, else NaN. */
  double profileAt(long timeMillis) {
    if (profile == null || firstMillis == Long.MIN_VALUE
        || timeMillis - firstMillis < DailyProfile.DAY_MILLIS) {
      return Double.NaN;
    }
    return profile.at(timeMillis);
  }

  private int countSeasonal() {
    int count = 0;
    for (int i = 0; i < ring.size(); i++) {
      count += Double.isNaN(ring.companion(i)) ? 0 : 1;
    }
    return count;
  }

  /**
   * The pooled ratio of the learned windows, and their overdispersion: Pearson's chi-square per
   * degree of freedom, which is 1 for binomial noise and more when failures come in bursts.
   */
  private Expectation pooledRatio() {
    double failed = 0;
    double total = 0;
    for (int i = 0; i < ring.size(); i++) {
      failed += ring.value(i) * ring.companion(i);
      total += ring.companion(i);
    }
    double p0 = total > 0 ? failed / total : 0;
    double dispersion = 1;
    if (p0 > 0 && p0 < 1 && ring.size() > 10) {
      double chi2 = 0;
      for (int i = 0; i < ring.size(); i++) {
        double d = ring.value(i) - p0;
        chi2 += ring.companion(i) * d * d / (p0 * (1 - p0));
      }
      dispersion = Math.min(MAX_DISPERSION, Math.max(1, chi2 / (ring.size() - 1)));
    }
    return new Expectation(p0, Math.sqrt(dispersion), p0, p0, total, false);
  }
}
