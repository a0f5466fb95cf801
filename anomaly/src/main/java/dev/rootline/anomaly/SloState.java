package dev.rootline.anomaly;

/** What the SLO burn-rate detector keeps for one objective of one operation. */
final class SloState {
  static final long FINE_MILLIS = 60_000;
  static final int FINE_BUCKETS = 60;
  static final long COARSE_MILLIS = 600_000;
  static final int COARSE_BUCKETS = 36;

  /** One-minute buckets over the last hour: the short windows and the 1 h long window. */
  final Buckets fine = new Buckets(FINE_MILLIS, FINE_BUCKETS);
  /** Ten-minute buckets over the last six hours: the long windows beyond an hour. */
  final Buckets coarse = new Buckets(COARSE_MILLIS, COARSE_BUCKETS);
  long firstMillis = Long.MIN_VALUE;
  long lastStart = Long.MIN_VALUE;
  float pendingP50 = Float.NaN;
  long pendingStart = Long.MIN_VALUE;
  /** Bit i: burn window i has been seen covered and not burning, so a burn now is new. */
  int armed;
  long hotSince = Long.MIN_VALUE;
  Episode episode;

  double[] sum(long millis) {
    return millis <= FINE_MILLIS * FINE_BUCKETS ? fine.sum(millis) : coarse.sum(millis);
  }

  void add(long timeMillis, double total, double bad) {
    if (firstMillis == Long.MIN_VALUE) {
      firstMillis = timeMillis;
    }
    fine.add(timeMillis, total, bad);
    coarse.add(timeMillis, total, bad);
  }
}
