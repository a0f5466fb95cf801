package dev.rootline.ingest.logs;

/**
 * How surprising a count is under a Poisson rate: {@code -log10 P(X >= k)}, computed in log space
 * so that large counts do not underflow to a probability of zero.
 */
final class PoissonTail {
  private static final double LN10 = Math.log(10);
  private static final int TABLE = 256;
  private static final double[] LN_FACTORIAL = new double[TABLE];
  private static final int MAX_TERMS = 10_000;

  static {
    for (int i = 1; i < TABLE; i++) {
      LN_FACTORIAL[i] = LN_FACTORIAL[i - 1] + Math.log(i);
    }
  }

  private PoissonTail() {}

  /** {@code -log10 P(X >= k)} for X Poisson with mean {@code lambda}; 0 when k is 0. */
  static double surprise(long k, double lambda) {
    if (k <= 0) {
      return 0;
    }
    double mean = Math.max(lambda, 1e-9);
    double logPmf = -mean + k * Math.log(mean) - lnFactorial(k);
    if (k > mean) {
      // Terms above k shrink by mean / i < 1: sum them relative to P(X = k).
      double sum = 1;
      double term = 1;
      for (long i = k + 1; i < k + MAX_TERMS && term > 1e-12 * sum; i++) {
        term *= mean / i;
        sum += term;
      }
      return -(logPmf + Math.log(sum)) / LN10;
    }
    // Below the mean the tail is large: one minus the terms under k, summed downwards from k - 1.
    double sum = 1;
    double term = 1;
    for (long i = k - 1; i >= 1 && term > 1e-12 * sum; i--) {
      term *= i / mean;
      sum += term;
    }
    double below = Math.exp(logPmf + Math.log(k / mean) + Math.log(sum));
    return below >= 1 ? 0 : -Math.log10(1 - below);
  }

  static double lnFactorial(long n) {
    if (n < TABLE) {
      return LN_FACTORIAL[(int) n];
    }
    double x = n;
    return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
  }
}
