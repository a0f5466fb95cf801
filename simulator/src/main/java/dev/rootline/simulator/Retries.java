package dev.rootline.simulator;

/**
 * How a caller's client retries a call: a timeout per attempt and how many attempts it makes.
 *
 * @param maxAttempts   attempts in all, at least 1; a failed or timed-out attempt is retried at once
 * @param timeoutMillis the time after which the client gives up on an attempt, 0 for none
 */
public record Retries(int maxAttempts, double timeoutMillis) {
  /** One attempt and no timeout, as the shop's clients are configured. */
  public static final Retries NONE = new Retries(1, 0);

  public Retries {
    if (maxAttempts < 1 || !(timeoutMillis >= 0)) {
      throw new IllegalArgumentException("retries need at least one attempt and a timeout >= 0");
    }
  }
}
