package dev.rootline.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Applies a {@link Behaviour} to one latency draw or one call, the same way everywhere. */
final class Effects {
  private static final double DELAY_JITTER = 0.1;

  private Effects() {}

  /** A modelled duration scaled by the behaviour's factor, plus its fixed delay. */
  static long time(long modelledNanos, Behaviour behaviour, RandomGenerator random) {
    return scale(modelledNanos, behaviour.latencyFactor()) + delay(behaviour, random);
  }

  static long scale(long nanos, double factor) {
    return factor == 1 ? nanos : Math.max(1_000L, (long) (nanos * factor));
  }

  /** The behaviour's fixed delay, jittered by about 10%, in nanoseconds. */
  static long delay(Behaviour behaviour, RandomGenerator random) {
    if (behaviour.delayMillis() == 0) {
      return 0;
    }
    return (long) (behaviour.delayMillis() * 1e6 * Math.exp(DELAY_JITTER * random.nextGaussian()));
  }

  /** Whether the behaviour's extra errors strike this call; draws only when there are any. */
  static boolean strikes(Behaviour behaviour, RandomGenerator random) {
    return behaviour.extraErrorProbability() > 0 && random.nextDouble() < behaviour.extraErrorProbability();
  }

  static Instant at(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }
}
