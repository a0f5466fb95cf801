package dev.rootline.simulator.model;

import java.util.random.RandomGenerator;

/**
 * A log-normal latency distribution, the usual shape of service latency: a median and the standard
 * deviation of the log-latency ({@code sigma}; 0.3 is tight, 0.8 has a long tail).
 */
public record Latency(double medianMillis, double sigma) {
  /** Draws further than this many medians are clipped, so that one sample cannot stall a run. */
  private static final double MAX_MEDIANS = 50;

  public Latency {
    if (!(medianMillis > 0) || !(sigma >= 0)) {
      throw new IllegalArgumentException(
          "latency needs a positive median and a non-negative sigma, got " + medianMillis + " ms, " + sigma);
    }
  }

  public static Latency of(double medianMillis, double sigma) {
    return new Latency(medianMillis, sigma);
  }

  /** One draw, in nanoseconds. */
  public long sampleNanos(RandomGenerator random) {
    double factor = Math.min(Math.exp(sigma * random.nextGaussian()), MAX_MEDIANS);
    return Math.max(1_000L, (long) (medianMillis * factor * 1_000_000));
  }
}
