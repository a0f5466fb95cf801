package dev.rootline.simulator;

import java.util.random.RandomGenerator;

/** Draws Poisson-distributed counts: arrivals in a tick, garbage collections in an interval. */
final class Poisson {
  /** Above this mean the normal approximation is close enough and far cheaper. */
  private static final double NORMAL_ABOVE = 30;

  private Poisson() {}

  static int draw(double mean, RandomGenerator random) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > NORMAL_ABOVE) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
