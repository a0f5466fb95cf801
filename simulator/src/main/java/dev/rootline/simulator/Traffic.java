package dev.rootline.simulator;

import dev.rootline.simulator.model.TrafficCycle;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How many user requests arrive in each tick: Poisson arrivals around the system's daily cycle, times a slowly
 * wandering noise factor (campaigns, weather, a link on social media) of about ±8%.
 */
final class Traffic {
  private static final double NOISE_SPREAD = 0.08;
  private static final double NOISE_MEMORY_SECONDS = 120;

  private final double peakPerSecond;
  private final TrafficCycle cycle;
  private final RandomGenerator random;
  private double logNoise;

  Traffic(double peakPerSecond, TrafficCycle cycle, RandomGenerator random) {
    this.peakPerSecond = peakPerSecond;
    this.cycle = cycle;
    this.random = random;
  }

  /** The expected requests per second at {@code at}, without noise. */
  double rate(Instant at) {
    return peakPerSecond * cycle.share(at);
  }

  /** Draws the number of requests arriving in the {@code seconds} after {@code start}. */
  int arrivals(Instant start, double seconds) {
    double keep = Math.exp(-seconds / NOISE_MEMORY_SECONDS);
    logNoise = logNoise * keep + NOISE_SPREAD * Math.sqrt(1 - keep * keep) * random.nextGaussian();
    return Poisson.draw(rate(start) * Math.exp(logNoise) * seconds, random);
  }
}
