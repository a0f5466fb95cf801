package dev.rootline.ingest.logs;

/**
 * Log counts, all and errors, for each of the last {@code size} minutes up to the latest minute
 * counted: a fixed ring, so memory does not depend on traffic. Minutes are epoch minutes.
 */
final class MinuteCounts {
  /** Counts over a range of minutes. */
  record Sum(long all, long errors) {}

  private final int[] all;
  private final int[] errors;
  private long head = Long.MIN_VALUE;

  MinuteCounts(int size) {
    this.all = new int[size];
    this.errors = new int[size];
  }

  /** The latest minute counted, or {@code Long.MIN_VALUE} before the first. */
  long head() {
    return head;
  }

  /** Counts one log; false (and nothing counted) when the minute has already left the ring. */
  boolean add(long minute, boolean error) {
    if (head != Long.MIN_VALUE && minute <= head - all.length) {
      return false;
    }
    if (head == Long.MIN_VALUE || minute > head) {
      long from = head == Long.MIN_VALUE ? minute : Math.max(head + 1, minute - all.length + 1);
      for (long m = from; m <= minute; m++) {
        int slot = slot(m);
        all[slot] = 0;
        errors[slot] = 0;
      }
      head = minute;
    }
    int slot = slot(minute);
    all[slot]++;
    errors[slot] += error ? 1 : 0;
    return true;
  }

  /** Counts from {@code fromMinute} to {@code toMinute}, both included; minutes outside the ring count zero. */
  Sum sum(long fromMinute, long toMinute) {
    if (head == Long.MIN_VALUE) {
      return new Sum(0, 0);
    }
    long from = Math.max(fromMinute, head - all.length + 1);
    long to = Math.min(toMinute, head);
    long a = 0;
    long e = 0;
    for (long m = from; m <= to; m++) {
      int slot = slot(m);
      a += all[slot];
      e += errors[slot];
    }
    return new Sum(a, e);
  }

  private int slot(long minute) {
    return (int) Math.floorMod(minute, (long) all.length);
  }
}
