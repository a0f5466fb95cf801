package dev.rootline.ingest.signal;

/** What a metric series measures, and so which signals its windows give. */
enum Shape {
  /** A level (gauge, up-down counter): the window mean, signal {@code value}. */
  LEVEL,
  /** A counter: per-second increase, signal {@code rate}. */
  COUNTER,
  /** A distribution (histogram, summary): mean per observation ({@code mean}) and observations per second ({@code rate}). */
  DISTRIBUTION,
  /** A cumulative sum not yet known to be a counter or an up-down counter: no signal yet. */
  UNDECIDED
}
