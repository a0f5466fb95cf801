package dev.rootline.simulator;

/**
 * How a piece of the shop deviates from its model at one moment.
 *
 * @param latencyFactor          multiplies the latency (1 = as modelled)
 * @param extraErrorProbability  added to the modelled error rate (0 = as modelled)
 */
public record Behaviour(double latencyFactor, double extraErrorProbability) {
  /** Exactly as modelled. */
  public static final Behaviour NORMAL = new Behaviour(1, 0);

  public Behaviour {
    if (!(latencyFactor > 0) || !(extraErrorProbability >= 0 && extraErrorProbability <= 1)) {
      throw new IllegalArgumentException(
          "latency factor must be positive and extra error probability within 0..1");
    }
  }
}
