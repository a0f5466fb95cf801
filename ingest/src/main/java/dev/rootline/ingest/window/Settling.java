package dev.rootline.ingest.window;

/**
 * Whether a source has been caught up for long enough that what it reads arrives as its senders
 * sent it. A consumer counts as caught up while it is up to one (maximum) grace behind the end of
 * its log (ADR 002), so right after it catches up, the rest of a backlog is still being read:
 * that lateness is the consumer's, not the senders', and only the maximum grace keeps the promise
 * that a consumer less than a grace behind loses nothing. Settled means caught up without a break
 * for at least {@code settleMillis} of wall time. Not thread-safe.
 */
public final class Settling {
  private final long settleMillis;
  private long caughtUpSinceMillis = Long.MIN_VALUE;

  /** @param settleMillis how long a source must stay caught up to be settled (the maximum grace) */
  public Settling(long settleMillis) {
    if (settleMillis < 0) {
      throw new IllegalArgumentException("settle time must not be negative");
    }
    this.settleMillis = settleMillis;
  }

  /** Whether the source is settled at {@code wallMillis}, given whether it is caught up now. */
  public boolean at(boolean caughtUp, long wallMillis) {
    if (!caughtUp) {
      caughtUpSinceMillis = Long.MIN_VALUE;
      return false;
    }
    if (caughtUpSinceMillis == Long.MIN_VALUE) {
      caughtUpSinceMillis = wallMillis;
    }
    return wallMillis - caughtUpSinceMillis >= settleMillis;
  }
}
