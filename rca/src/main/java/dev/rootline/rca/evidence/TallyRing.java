package dev.rootline.rca.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tallies of one key in fixed time buckets over a bounded horizon; older buckets are reused. */
final class TallyRing {
  private final long bucketMillis;
  private final long[] stamps;
  private final Tally[] tallies;

  TallyRing(long bucketMillis, int buckets) {
    this.bucketMillis = bucketMillis;
    this.stamps = new long[buckets];
    this.tallies = new Tally[buckets];
    Arrays.fill(stamps, Long.MIN_VALUE);
  }

  /** The bucket holding {@code millis}, emptied first if it held an older bucket. */
  Tally at(long millis) {
    long bucket = Math.floorDiv(millis, bucketMillis);
    int slot = (int) Math.floorMod(bucket, (long) stamps.length);
    if (stamps[slot] != bucket) {
      if (stamps[slot] > bucket) {
        return new Tally(); // older than the horizon: counted nowhere
      }
      stamps[slot] = bucket;
      tallies[slot] = new Tally();
    }
    return tallies[slot];
  }

  /** The sum of the buckets that start in {@code [from, until)}. */
  Tally sum(long fromMillis, long untilMillis) {
    Tally total = new Tally();
    for (Tally t : buckets(fromMillis, untilMillis)) {
      total.add(t);
    }
    return total;
  }

  /** The non-empty buckets that start in {@code [from, until)}, oldest first. */
  List<Tally> buckets(long fromMillis, long untilMillis) {
    List<Tally> out = new ArrayList<>();
    for (long b = firstBucket(fromMillis, untilMillis), last = lastBucket(untilMillis); b <= last; b++) {
      Tally t = kept(b);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The start of the first non-empty bucket at or after {@code from}, or -1. */
  long firstSeen(long fromMillis, long untilMillis) {
    for (long b = firstBucket(fromMillis, untilMillis), last = lastBucket(untilMillis); b <= last; b++) {
      if (kept(b) != null) {
        return b * bucketMillis;
      }
    }
    return -1;
  }

  /** The first bucket starting at or after {@code from}, but none older than the ring holds before {@code until}. */
  private long firstBucket(long fromMillis, long untilMillis) {
    long first = Math.floorDiv(fromMillis + bucketMillis - 1, bucketMillis);
    return Math.max(first, lastBucket(untilMillis) - stamps.length + 1);
  }

  private long lastBucket(long untilMillis) {
    return Math.floorDiv(untilMillis - 1, bucketMillis);
  }

  /** The tally of this bucket if the ring still holds it and it is not empty, else null. */
  private Tally kept(long bucket) {
    int slot = (int) Math.floorMod(bucket, (long) stamps.length);
    return stamps[slot] == bucket && !tallies[slot].isEmpty() ? tallies[slot] : null;
  }
}
