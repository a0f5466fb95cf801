package dev.rootline.core.window;

/**
 * The figures of one closed window, ready to show or to feed a detector.
 *
 * @param key            the series
 * @param startMillis    epoch milliseconds, inclusive
 * @param durationMillis the window's length
 * @param count          requests in the window
 * @param errors         failed requests in the window
 * @param p50Millis      median latency
 * @param p95Millis      95th percentile latency
 * @param p99Millis      99th percentile latency
 */
public record WindowSummary(
    SeriesKey key,
    long startMillis,
    long durationMillis,
    long count,
    long errors,
    double p50Millis,
    double p95Millis,
    double p99Millis) {

  /** Requests per second over the window. */
  public double ratePerSecond() {
    return count * 1000.0 / durationMillis;
  }

  /** The share of requests that failed, 0 for an empty window. */
  public double errorRate() {
    return count == 0 ? 0 : (double) errors / count;
  }
}
