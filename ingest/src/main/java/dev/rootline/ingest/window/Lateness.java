package dev.rootline.ingest.window;

import java.time.Duration;

/**
 * How late spans arrive behind the event time already seen, learned from the stream, and the grace
 * a window should wait for them: the {@code quantile} of the lateness recorded over the last ten
 * minutes plus a margin, clamped between a floor and a maximum. Until enough spans have been seen
 * the maximum is used, so a cold start is as safe as a fixed grace. A floor equal to the maximum is
 * a fixed grace: nothing is learned.
 *
 * <p>Lateness goes into fixed linear buckets (100 ms wide, wider only for a maximum above 100 s)
 * up to the maximum plus one overflow bucket, in ten one-minute slots rotated by the caller's clock
 * ({@link #rotateTo}); recording is O(1) and allocates nothing. Not thread-safe: one owner records,
 * rotates and asks.
 */
public final class Lateness {
  /** Ten one-minute slots: long enough to see a slow sender's export interval many times. */
  static final int SLOTS = 10;
  static final long SLOT_MILLIS = 60_000;
  /** Resolution of the buckets, unless the maximum needs wider ones to stay within MAX_BUCKETS. */
  static final long MIN_BUCKET_MILLIS = 100;
  static final int MAX_BUCKETS = 1_000;
  /** Spans recorded in the retained slots before the learned grace replaces the maximum. */
  static final long MIN_SAMPLES = 10_000;
  /** Added to the quantile: the tail moves between one minute and the next. */
  static final long MARGIN_MILLIS = 250;

  private final long floorMillis;
  private final long maxMillis;
  private final double quantile;
  private final long bucketMillis;
  private final int buckets;
  /** Counts per slot, slot-major: slot s holds buckets [s * buckets, (s + 1) * buckets). */
  private final long[] slots;
  /** Counts per bucket over all slots, kept as the slots change so asking costs one pass. */
  private final long[] totals;
  private long samples;
  private int current;
  private long currentSlot = Long.MIN_VALUE;

  private Lateness(long floorMillis, long maxMillis, double quantile) {
    if (floorMillis < 0 || floorMillis > maxMillis) {
      throw new IllegalArgumentException(
          "min grace " + floorMillis + " ms must be between 0 and the grace " + maxMillis + " ms");
    }
    if (!(quantile > 0 && quantile <= 1)) {
      throw new IllegalArgumentException("grace quantile " + quantile + " must be in (0, 1]");
    }
    this.floorMillis = floorMillis;
    this.maxMillis = maxMillis;
    this.quantile = quantile;
    this.bucketMillis = Math.max(MIN_BUCKET_MILLIS, -Math.floorDiv(-maxMillis, MAX_BUCKETS));
    boolean learning = floorMillis < maxMillis;
    this.buckets = learning ? (int) -Math.floorDiv(-maxMillis, bucketMillis) + 1 : 0;
    this.slots = new long[SLOTS * buckets];
    this.totals = new long[buckets];
  }

  /** A grace that is always {@code grace}: nothing is recorded. */
  public static Lateness fixed(Duration grace) {
    return new Lateness(grace.toMillis(), grace.toMillis(), 1.0);
  }

  /**
   * A grace learned from the lateness recorded, between {@code floor} and {@code max}.
   *
   * @param quantile the share of spans the grace should wait for, e.g. 0.999
   * @throws IllegalArgumentException if the floor is negative or above the maximum, or the quantile
   *     is not in (0, 1]
   */
  public static Lateness learned(Duration floor, Duration max, double quantile) {
    return new Lateness(floor.toMillis(), max.toMillis(), quantile);
  }

  /** Records one span that arrived {@code latenessMillis} behind the event time already seen (≤ 0: not behind). */
  public void record(long latenessMillis) {
    if (buckets == 0) {
      return;
    }
    int bucket = latenessMillis <= 0 ? 0 : (int) Math.min(latenessMillis / bucketMillis, buckets - 1);
    slots[current * buckets + bucket]++;
    totals[bucket]++;
    samples++;
  }

  /**
   * Moves the sliding span to {@code nowMillis}: slots older than ten minutes before it are
   * forgotten. An earlier time than before changes nothing; a jump of ten minutes or more forgets
   * everything, and the maximum applies again until enough spans are recorded.
   */
  public void rotateTo(long nowMillis) {
    long slot = Math.floorDiv(nowMillis, SLOT_MILLIS);
    if (currentSlot == Long.MIN_VALUE || buckets == 0) {
      currentSlot = slot;
      return;
    }
    long steps = Math.min(slot - currentSlot, SLOTS);
    for (long i = 0; i < steps; i++) {
      current = (current + 1) % SLOTS;
      clear(current);
    }
    currentSlot = Math.max(currentSlot, slot);
  }

  /** The grace to wait now, in milliseconds. */
  public long graceMillis() {
    if (samples < MIN_SAMPLES) {
      return maxMillis;
    }
    long wanted = (long) Math.ceil(quantile * samples);
    long seen = 0;
    for (int i = 0; i < buckets - 1; i++) {
      seen += totals[i];
      if (seen >= wanted) {
        // The bucket's upper edge: every span in it was less late than that.
        return Math.max(floorMillis, Math.min(maxMillis, (i + 1) * bucketMillis + MARGIN_MILLIS));
      }
    }
    return maxMillis;
  }

  /** The most a window ever waits, in milliseconds. */
  public long maxMillis() {
    return maxMillis;
  }

  /** Spans recorded in the retained slots. */
  public long samples() {
    return samples;
  }

  private void clear(int slot) {
    int base = slot * buckets;
    for (int i = 0; i < buckets; i++) {
      totals[i] -= slots[base + i];
      samples -= slots[base + i];
      slots[base + i] = 0;
    }
  }
}
