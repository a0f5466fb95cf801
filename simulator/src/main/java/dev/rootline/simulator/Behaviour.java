package dev.rootline.simulator;

import dev.rootline.simulator.model.Failure;

/**
 * How a piece of the shop deviates from its model at one moment.
 *
 * @param latencyFactor          multiplies the latency (1 = as modelled)
 * @param extraErrorProbability  added to the modelled error rate (0 = as modelled)
 * @param failure                the exception the extra errors raise, or null for the modelled one
 *                               (an endpoint's own failure; a refused connection or a driver timeout for calls)
 * @param delayMillis            a fixed time added to a call or request, jittered a little; an extra
 *                               error of a call happens once this time has passed (a timeout)
 */
public record Behaviour(double latencyFactor, double extraErrorProbability, Failure failure, double delayMillis) {
  /** Exactly as modelled. */
  public static final Behaviour NORMAL = new Behaviour(1, 0);

  public Behaviour {
    if (!(latencyFactor > 0) || !(extraErrorProbability >= 0 && extraErrorProbability <= 1) || !(delayMillis >= 0)) {
      throw new IllegalArgumentException(
          "latency factor must be positive, extra error probability within 0..1 and delay not negative");
    }
  }

  public Behaviour(double latencyFactor, double extraErrorProbability) {
    this(latencyFactor, extraErrorProbability, null, 0);
  }

  /** Slower by {@code factor}. */
  public static Behaviour slower(double factor) {
    return new Behaviour(factor, 0);
  }

  /** Failing with {@code probability}, raising {@code failure} (null: the modelled one). */
  public static Behaviour failing(double probability, Failure failure) {
    return new Behaviour(1, probability, failure, 0);
  }

  /** Delayed by a fixed {@code millis}. */
  public static Behaviour delayed(double millis) {
    return new Behaviour(1, 0, null, millis);
  }

  public Behaviour after(double millis) {
    return new Behaviour(latencyFactor, extraErrorProbability, failure, millis);
  }

  public boolean isNormal() {
    return latencyFactor == 1 && extraErrorProbability == 0 && delayMillis == 0;
  }

  /**
   * Both deviations at once: latencies multiply, delays and error probabilities add (up to 1), and
   * the first failure named wins.
   */
  public Behaviour and(Behaviour other) {
    if (other.isNormal()) {
      return this;
    }
    if (isNormal() && failure == null) {
      return other;
    }
    return new Behaviour(latencyFactor * other.latencyFactor,
        Math.min(1, extraErrorProbability + other.extraErrorProbability),
        failure != null ? failure : other.failure, delayMillis + other.delayMillis);
  }
}
