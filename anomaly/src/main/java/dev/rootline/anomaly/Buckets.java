package dev.rootline.anomaly;

/** Total and bad events in consecutive time buckets, a ring over the last {@code size} buckets. */
final class Buckets {
  final long bucketMillis;
  final float[] totals;
  final float[] bads;
  long lastIndex = Long.MIN_VALUE;

  Buckets(long bucketMillis, int size) {
    this.bucketMillis = bucketMillis;
    this.totals = new float[size];
    this.bads = new float[size];
  }

  void add(long timeMillis, double total, double bad) {
    long index = Math.floorDiv(timeMillis, bucketMillis);
    if (lastIndex == Long.MIN_VALUE) {
      lastIndex = index;
    } else if (index > lastIndex) {
      for (long i = lastIndex + 1; i <= index && i <= lastIndex + totals.length; i++) {
        totals[slot(i)] = 0;
        bads[slot(i)] = 0;
      }
      lastIndex = index;
    } else if (index <= lastIndex - totals.length) {
      return; // older than the ring holds
    }
    totals[slot(index)] += (float) total;
    bads[slot(index)] += (float) bad;
  }

  /** Total and bad events in the buckets covering the last {@code millis}, the latest bucket included. */
  double[] sum(long millis) {
    if (lastIndex == Long.MIN_VALUE) {
      return new double[2];
    }
    long count = Math.min(totals.length, (millis + bucketMillis - 1) / bucketMillis);
    double total = 0;
    double bad = 0;
    for (long i = lastIndex - count + 1; i <= lastIndex; i++) {
      total += totals[slot(i)];
      bad += bads[slot(i)];
    }
    return new double[] {total, bad};
  }

  private int slot(long index) {
    return (int) Math.floorMod(index, (long) totals.length);
  }
}
