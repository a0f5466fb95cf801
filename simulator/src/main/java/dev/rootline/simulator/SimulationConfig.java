package dev.rootline.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Simulation} runs.
 *
 * @param peakRootRequestsPerSecond user requests per second at the daily peak; the night is ~6% of it
 * @param tick                      the simulation step: traffic is drawn and logs are exported per tick
 * @param metricsInterval           how often each pod exports its metrics (aligned to the epoch);
 *                                  not shorter than the tick
 * @param deployMeanInterval        the mean time between harmless version rollouts across the shop;
 *                                  {@link Duration#ZERO} for none
 * @param seed                      seeds everything random in a run, so that equal seeds give equal output
 */
public record SimulationConfig(
    double peakRootRequestsPerSecond, Duration tick, Duration metricsInterval, Duration deployMeanInterval,
    long seed) {

  public SimulationConfig {
    Objects.requireNonNull(tick, "tick");
    Objects.requireNonNull(metricsInterval, "metricsInterval");
    Objects.requireNonNull(deployMeanInterval, "deployMeanInterval");
    if (!(peakRootRequestsPerSecond > 0) || Double.isInfinite(peakRootRequestsPerSecond)) {
      throw new IllegalArgumentException("peak requests per second must be positive, got " + peakRootRequestsPerSecond);
    }
    if (tick.toMillis() < 1 || metricsInterval.compareTo(tick) < 0) {
      throw new IllegalArgumentException("the tick must be at least 1 ms and no longer than the metrics interval");
    }
    if (deployMeanInterval.isNegative()) {
      throw new IllegalArgumentException("the deploy interval must not be negative");
    }
  }

  /** 20 requests/s at peak, 1 s ticks, metrics every 10 s, a rollout every 4 hours on average, seed 1. */
  public static SimulationConfig defaults() {
    return new SimulationConfig(20, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(4), 1);
  }

  public SimulationConfig withPeakRootRequestsPerSecond(double value) {
    return new SimulationConfig(value, tick, metricsInterval, deployMeanInterval, seed);
  }

  public SimulationConfig withTick(Duration value) {
    return new SimulationConfig(peakRootRequestsPerSecond, value, metricsInterval, deployMeanInterval, seed);
  }

  public SimulationConfig withMetricsInterval(Duration value) {
    return new SimulationConfig(peakRootRequestsPerSecond, tick, value, deployMeanInterval, seed);
  }

  public SimulationConfig withDeployMeanInterval(Duration value) {
    return new SimulationConfig(peakRootRequestsPerSecond, tick, metricsInterval, value, seed);
  }

  public SimulationConfig withSeed(long value) {
    return new SimulationConfig(peakRootRequestsPerSecond, tick, metricsInterval, deployMeanInterval, value);
  }
}
