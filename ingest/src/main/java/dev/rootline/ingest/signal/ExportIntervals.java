package dev.rootline.ingest.signal;

/**
 * The time between two points of a stream, learnt from the streams themselves (OpenTelemetry SDKs
 * export every 60 s by default, many setups every 10 or 15 s). An increase is spread over the
 * interval it covers, so metric windows must stay open until the point that ends their interval
 * has come: {@link #lagMillis()} is how much longer than the grace that takes for nine streams in
 * ten. Old intervals fade, so the lag follows a changed setup. Not thread-safe.
 */
final class ExportIntervals {
  /** One bucket per second of interval, up to five minutes. */
  private static final int BUCKETS = 301;
  private static final double FADE_AFTER = 20_000;
  private static final double QUANTILE = 0.9;

  private final long windowMillis;
  private final double[] counts = new double[BUCKETS];
  private double total;

  ExportIntervals(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  /** Counts one stream's interval between two points. */
  void add(long dtMillis) {
    if (dtMillis <= 0) {
      return;
    }
    counts[(int) Math.min(BUCKETS - 1, (dtMillis + 999) / 1000)]++;
    if (++total > FADE_AFTER) {
      for (int i = 0; i < BUCKETS; i++) {
        counts[i] /= 2;
      }
      total /= 2;
    }
  }

  /** How far beyond one window the intervals of nine streams in ten reach back, to the second; at most 5 minutes. */
  long lagMillis() {
    double seen = 0;
    for (int seconds = 0; seconds < BUCKETS; seconds++) {
      seen += counts[seconds];
      if (seen >= QUANTILE * total) {
        return Math.max(0, seconds * 1000L - windowMillis);
      }
    }
    return 0;
  }
}
