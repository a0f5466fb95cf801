package dev.rootline.ingest.signal;

/** What a metric series measures, and so which signals its windows give (see {@link MetricWindows}). */
enum Shape {
  /** A level (gauge, cumulative up-down counter): the window mean, signal {@code value}. */
  LEVEL,
  /**
   * A counter (monotonic sum): its increase per second, signal {@code rate} when it counts events,
   * {@code per_second} when it adds up time or another quantity.
   */
  COUNTER,
  /**
   * A distribution (histogram, summary): observations per second ({@code rate}), mean per
   * observation ({@code mean}) and the observations' sum per second ({@code per_second}).
   */
  DISTRIBUTION
}
