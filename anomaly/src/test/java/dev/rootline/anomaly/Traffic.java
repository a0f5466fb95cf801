package dev.rootline.anomaly;

import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import java.util.Random;

/**
 * Fault-free request windows of one operation, drawn from textbook noise models rather than from
 * any particular system: Poisson arrivals following a daily cycle (night low, steep morning ramp,
 * lunch bump, evening decline), binomial errors, log-normal latencies whose median grows with load
 * (p50 and p99 carry the sampling error of a quantile of n requests), plus the warts of real
 * telemetry: an occasional one-window latency spike (a GC pause) and an occasional traffic burst.
 */
final class Traffic {
  private static final double[][] DAY = {
      {0, .25}, {5, .10}, {7, .15}, {9, 1.0}, {12, .90}, {13, 1.0}, {18, .85}, {22, .40}, {24, .25}};
  private static final double Z50_SD = 1.2533;
  private static final double Z99 = 2.3263;
  private static final double Z99_SD = 3.7325;

  final SeriesKey series;
  private final double peakRate;
  private final double errorRatio;
  private final double medianMillis;
  private final double sigma;
  private final Random random;

  Traffic(SeriesKey series, double peakRate, double errorRatio, double medianMillis, double sigma, long seed) {
    this.series = series;
    this.peakRate = peakRate;
    this.errorRatio = errorRatio;
    this.medianMillis = medianMillis;
    this.sigma = sigma;
    this.random = new Random(seed);
  }

  /** The window starting at {@code startMillis}, or null when no request came (no window is made). */
  WindowSummary window(long startMillis, long windowMillis, double latencyFactor, double extraErrors) {
    return window(startMillis, windowMillis, latencyFactor, extraErrors, 1);
  }

  /** As above, with the traffic scaled by {@code rateFactor}. */
  WindowSummary window(long startMillis, long windowMillis, double latencyFactor, double extraErrors,
      double rateFactor) {
    double load = shape(startMillis);
    double burst = random.nextDouble() < 0.001 ? 1.6 : 1;
    long count = poisson(peakRate * load * windowMillis / 1000.0 * burst * rateFactor);
    if (count == 0) {
      return null;
    }
    long errors = binomial(count, Math.min(1, errorRatio + extraErrors));
    double mu = Math.log(medianMillis * (1 + 0.5 * load) * latencyFactor);
    double p50 = Math.exp(mu + sigma * Z50_SD / Math.sqrt(count) * random.nextGaussian());
    double p99 = Math.exp(mu + sigma * (Z99 + Z99_SD / Math.sqrt(count) * random.nextGaussian()));
    if (random.nextDouble() < 0.002) {
      p99 *= 5; // a pause now and then
    }
    return new WindowSummary(series, startMillis, windowMillis, count, errors, p50, Math.max(p50, p99 * 0.8),
        Math.max(p50, p99));
  }

  double peakRate() {
    return peakRate;
  }

  /** The load at a time of day, 0.1 at night to 1 at peak, piecewise linear. */
  static double shape(long timeMillis) {
    double hour = Math.floorMod(timeMillis, 86_400_000L) / 3_600_000.0;
    for (int i = 1; i < DAY.length; i++) {
      if (hour <= DAY[i][0]) {
        double f = (hour - DAY[i - 1][0]) / (DAY[i][0] - DAY[i - 1][0]);
        return DAY[i - 1][1] + f * (DAY[i][1] - DAY[i - 1][1]);
      }
    }
    return DAY[0][1];
  }

  private long poisson(double lambda) {
    if (lambda > 50) {
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  private long binomial(long n, double p) {
    if (n * p > 30 && n * (1 - p) > 30) {
      return Math.max(0, Math.min(n, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * random.nextGaussian())));
    }
    long k = 0;
    for (long i = 0; i < n; i++) {
      k += random.nextDouble() < p ? 1 : 0;
    }
    return k;
  }
}
