package dev.rootline.rca.rank;

import java.util.Arrays;

/** Robust statistics and count tests that the features share. */
final class Robust {
  private Robust() {}

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  /** The median absolute deviation, scaled to a standard deviation for normal data. */
  static double mad(double[] values, double median) {
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return 1.4826 * median(deviations);
  }

  /**
   * How far {@code observed} lies above {@code centre}, in robust standard deviations of the
   * baseline values, with a floor on the spread of {@code relativeFloor} times the centre so that a
   * flat baseline does not turn a tiny change into a huge score.
   */
  static double z(double observed, double centre, double[] baseline, double relativeFloor, double absoluteFloor) {
    if (!Double.isFinite(observed) || !Double.isFinite(centre)) {
      return Double.NaN;
    }
    double spread = Math.max(mad(baseline, median(baseline)), Math.max(relativeFloor * Math.abs(centre), absoluteFloor));
    return (observed - centre) / spread;
  }

  /**
   * How far an observed count lies above the count a baseline rate expects, in standard deviations
   * of a Poisson count (with one count of slack, so that zero against zero is no news).
   */
  static double poissonZ(double observed, double expected) {
    return (observed - expected) / Math.sqrt(expected + 1);
  }

  /** Maps a non-negative strength onto [0, 1): half at {@code half}. */
  static double saturate(double strength, double half) {
    if (!(strength > 0)) {
      return 0;
    }
    return strength / (strength + half);
  }
}
