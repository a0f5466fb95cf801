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
    long first = Math.floorDiv(fromMillis + bucketMillis - 1, bucketMillis);
    long last = Math.floorDiv(untilMillis - 1, bucketMillis);
    List<Tally> out = new ArrayList<>();
    for (long b = Math.max(first, last - stamps.length + 1); b <= last; b++) {
      int slot = (int) Math.floorMod(b, (long) stamps.length);
      if (stamps[slot] == b && !tallies[slot].isEmpty()) {
        out.add(tallies[slot]);
      }
    }
    return out;
  }

  /** The start of the first non-empty bucket at or after {@code from}, or -1. */
  long firstSeen(long fromMillis, long untilMillis) {
    long first = Math.floorDiv(fromMillis + bucketMillis - 1, bucketMillis);
    long last = Math.floorDiv(untilMillis - 1, bucketMillis);
    for (long b = Math.max(first, last - stamps.length + 1); b <= last; b++) {
      int slot = (int) Math.floorMod(b, (long) stamps.length);
      if (stamps[slot] == b && !tallies[slot].isEmpty()) {
        return b * bucketMillis;
      }
    }
    return -1;
  }
}
