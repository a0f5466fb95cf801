package dev.rootline.anomaly;

/**
 * Exact tail probabilities for sparse failures: how likely it is to see at least {@code k}
 * failures in {@code n} requests when the true ratio is only known from {@code k0} failures in
 * {@code n0} requests of history. The unknown ratio is integrated out (Jeffreys prior, so a
 * baseline that never failed still admits a small ratio), which gives the beta-binomial
 * predictive distribution: honest for a short history, where a plug-in ratio would overstate.
 */
final class Evidence {
  private static final double[] LANCZOS = {676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7};

  private Evidence() {}

  /** P(X >= k) for X beta-binomial(n, k0 + 1/2, n0 - k0 + 1/2); 1 when k is 0 or less. */
  static double failuresTail(double k, double n, double k0, double n0) {
    if (k <= 0) {
      return 1;
    }
    if (k > n) {
      return 0;
    }
    double a = Math.max(0, k0) + 0.5;
    double b = Math.max(0, n0 - k0) + 0.5;
    double lnBeta = lnBeta(a, b);
    double sum = 0;
    for (double x = Math.ceil(k); x <= n; x++) {
      double term = Math.exp(lnChoose(n, x) + lnBeta(x + a, n - x + b) - lnBeta);
      sum += term;
      if (term < 1e-12 * sum) {
        break;
      }
    }
    return Math.min(1, sum);
  }

  private static double lnChoose(double n, double x) {
    return lnGamma(n + 1) - lnGamma(x + 1) - lnGamma(n - x + 1);
  }

  private static double lnBeta(double a, double b) {
    return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  }

  /** The logarithm of the gamma function for x > 0 (Lanczos, g = 7; relative error below 1e-13). */
  static double lnGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
    }
    double y = x - 1;
    double sum = 0.99999999999980993;
    for (int i = 0; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (y + i + 1);
    }
    double t = y + LANCZOS.length - 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
