package dev.rootline.anomaly;

/**
 * What one detector remembers of the recent windows of one series: which of the last judged
 * windows breached, and a one-sided CUSUM of robust z-scores for departures that are sustained but
 * too small to breach.
 */
final class Memory {
  /** The most consecutive windows a detector may ask for. */
  static final int MAX_CONFIRM = 8;
  /** The CUSUM's slack and decision interval, in multiples of the detector's threshold. */
  private static final double SLACK = 0.5;
  private static final double DECISION = 3;
  /** The largest step one window may add, so that one wild value cannot open an anomaly alone. */
  private static final double MAX_STEP = 1.5;

  int bits;
  float cusum;
  long cusumStart;

  /**
   * Takes in a window. One that could not be judged breaks a run of breaches (two bursts an hour
   * apart are not two windows in a row) but leaves the CUSUM as it was.
   */
  void update(Verdict v, double threshold, long startMillis, boolean withCusum) {
    bits = ((bits << 1) | (v.breach() ? 1 : 0)) & ((1 << MAX_CONFIRM) - 1);
    if (!withCusum || !v.judged()) {
      return;
    }
    double step = (v.shaped() ? Math.min(v.z(), MAX_STEP * threshold) : 0) - SLACK * threshold;
    double next = Math.max(0, cusum + step);
    if (cusum == 0 && next > 0) {
      cusumStart = startMillis;
    }
    cusum = (float) next;
  }

  /** Whether the last {@code confirm} windows all breached, or the CUSUM crossed its interval. */
  boolean confirmed(int confirm, double threshold) {
    return run() >= confirm || cusum >= DECISION * threshold;
  }

  /** When the departure began: the first of the breaching windows in a row, or the CUSUM's start. */
  long onset(int confirm, long startMillis, long windowMillis) {
    int run = run();
    return run >= confirm ? startMillis - (run - 1) * windowMillis : cusumStart;
  }

  /** How many of the latest judged windows breached in a row. */
  private int run() {
    return Integer.numberOfTrailingZeros(~bits);
  }

  void reset() {
    bits = 0;
    cusum = 0;
    cusumStart = 0;
  }
}
