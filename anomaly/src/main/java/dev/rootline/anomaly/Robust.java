package dev.rootline.anomaly;

import java.util.Arrays;

/** The robust statistics the baselines rest on: median, MAD, Wilson bound, arcsine z, normal tail. */
final class Robust {
  /** Scales a median absolute deviation to a standard deviation under normal noise. */
  static final double MAD_TO_SIGMA = 1.4826;

  private Robust() {}

  /** The median of the first {@code n} values; sorts them in place. */
  static double median(double[] values, int n) {
    Arrays.sort(values, 0, n);
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /** The median absolute deviation of the first {@code n} values from {@code center}. */
  static double mad(double[] values, int n, double center) {
    double[] deviations = new double[n];
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(values[i] - center);
    }
    return median(deviations, n);
  }

  /** The upper Wilson score bound of a proportion {@code k / n} at confidence {@code z}; 1 when n is 0. */
  static double wilsonUpper(double k, double n, double z) {
    if (n <= 0) {
      return 1;
    }
    double p = Math.min(1, Math.max(0, k / n));
    double z2 = z * z;
    double center = p + z2 / (2 * n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Math.min(1, (center + half) / (1 + z2 / n));
  }

  /**
   * How many standard deviations {@code k} failures in {@code n} lie above a true ratio {@code p},
   * on the arcsine scale where binomial noise is about 1/(2 sqrt n) whatever {@code p}; with a
   * continuity correction, so that few failures among few requests are not overstated.
   */
  static double arcsineZ(double k, double n, double p) {
    if (n <= 0) {
      return 0;
    }
    double observed = Math.max(0, Math.min(1, (k - 0.5) / n));
    return 2 * Math.sqrt(n) * (Math.asin(Math.sqrt(observed)) - Math.asin(Math.sqrt(Math.min(1, Math.max(0, p)))));
  }

  /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1e-7). */
  static double normalCdf(double x) {
    double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
        + t * (-1.453152027 + t * 1.061405429))));
    double erf = 1 - poly * Math.exp(-x * x / 2);
    return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
  }
}
