package dev.rootline.anomaly;

/**
 * The last few windows of a ratio as observed, so that a low-traffic series is judged on enough
 * requests pooled over up to six minutes rather than on the three requests one window holds. A
 * window is learned only when it leaves the pool, so failures still gathering evidence for an
 * anomaly never become the baseline.
 */
final class Pool {
  static final int CAPACITY = 36;

  final float[] failed = new float[CAPACITY];
  final float[] totals = new float[CAPACITY];
  final long[] starts = new long[CAPACITY];
  int size;

  /** Adds a window, newest last; returns the window it pushed out as {failed, total, start}, or null. */
  double[] push(double failedCount, double total, long startMillis) {
    double[] evicted = null;
    if (size == CAPACITY) {
      evicted = new double[] {failed[0], totals[0], starts[0]};
      System.arraycopy(failed, 1, failed, 0, CAPACITY - 1);
      System.arraycopy(totals, 1, totals, 0, CAPACITY - 1);
      System.arraycopy(starts, 1, starts, 0, CAPACITY - 1);
      size--;
    }
    failed[size] = (float) failedCount;
    totals[size] = (float) total;
    starts[size] = startMillis;
    size++;
    return evicted;
  }

  /**
   * Failed and total requests of the newest 1, 2, ... windows (index 0 holds the newest alone),
   * as far back as {@code horizonMillis} before {@code nowStart} and no further than {@code from}.
   */
  double[][] cumulative(long nowStart, long horizonMillis, long from) {
    int count = 0;
    long oldest = Math.max(from, nowStart - horizonMillis);
    while (count < size && starts[size - 1 - count] >= oldest) {
      count++;
    }
    double[][] out = new double[2][count];
    double k = 0;
    double n = 0;
    for (int i = 0; i < count; i++) {
      k += failed[size - 1 - i];
      n += totals[size - 1 - i];
      out[0][i] = k;
      out[1][i] = n;
    }
    return out;
  }
}
