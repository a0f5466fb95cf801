package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Observation;

/**
 * One window as a detector judges it.
 *
 * @param value         the observed value
 * @param samples       requests or points behind it
 * @param windowMillis  the window's length
 * @param failed        for ratios: failed requests of the newest 1, 2, ... windows
 * @param totals        for ratios: requests of the newest 1, 2, ... windows
 */
record Sample(double value, long samples, long windowMillis, double[] failed, double[] totals) {
  private static final double[] NONE = new double[0];

  static Sample of(Observation o) {
    return new Sample(o.value(), o.samples(), o.windowMillis(), NONE, NONE);
  }

  /** A window that never came: no requests at all. */
  static Sample silent(long windowMillis) {
    return new Sample(0, 0, windowMillis, NONE, NONE);
  }

  Sample pooled(double[][] cumulative) {
    return new Sample(value, samples, windowMillis, cumulative[0], cumulative[1]);
  }

  /** The same window with its pool cut to the newest {@code windows}. */
  Sample newest(int windows) {
    if (totals.length <= windows) {
      return this;
    }
    return new Sample(value, samples, windowMillis, java.util.Arrays.copyOf(failed, windows),
        java.util.Arrays.copyOf(totals, windows));
  }

  /** How many of the newest windows pool at least {@code enough} requests; 0 when none do. */
  int poolFor(double enough) {
    for (int i = 0; i < totals.length; i++) {
      if (totals[i] >= enough && totals[i] > 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Failed requests in this window alone, for ratios. */
  double failedNow() {
    return Math.round(value * samples);
  }
}
