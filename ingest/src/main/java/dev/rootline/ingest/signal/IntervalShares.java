package dev.rootline.ingest.signal;

import dev.rootline.core.window.SeriesKey;

/**
 * Places what a stream gained over the interval between two of its points into the windows that
 * interval covers: a counter's increase is spread evenly, so jittered exports and exports slower
 * than the window still give true per-second rates; shares of windows already closed are dropped.
 */
final class IntervalShares {
  /** An increase is spread over at most this many windows back (5 minutes of 10 s windows). */
  private static final int MAX_SPREAD_WINDOWS = 30;

  private final EventTimeWindows<SeriesKey.Metric, MetricWindow> windows;

  IntervalShares(EventTimeWindows<SeriesKey.Metric, MetricWindow> windows) {
    this.windows = windows;
  }

  /**
   * Adds {@code amount} and {@code sum} (a distribution's; NaN for none), risen evenly over
   * {@code (millis - dt, millis]}, as rates to the open windows it covers.
   */
  void spreadRate(SeriesKey.Metric key, long millis, long dt, double amount, double sum) {
    long w = windows.windowMillis();
    long from = Math.max(millis - dt, millis - MAX_SPREAD_WINDOWS * w);
    double perMillis = amount / dt;
    double sumPerMillis = sum / dt;
    for (long start = windows.startOf(from); start <= millis; start += w) {
      long overlap = Math.min(start + w, millis) - Math.max(start, from);
      MetricWindow window = overlap > 0 ? windows.openAt(key, start) : null;
      if (window != null) {
        window.rate(perMillis * overlap, perMillis * overlap * 1000.0 / w, sumPerMillis * overlap * 1000.0 / w);
      }
    }
  }

  /** The window holding the middle of the interval (at most one window long) before {@code millis}, else the point's own. */
  MetricWindow middle(SeriesKey.Metric key, long millis, long dt) {
    MetricWindow window = windows.openAt(key, millis - Math.min(dt, windows.windowMillis()) / 2);
    return window != null ? window : windows.openAt(key, millis);
  }
}
