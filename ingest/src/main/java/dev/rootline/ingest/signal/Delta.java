package dev.rootline.ingest.signal;

/**
 * What one point of a sum or histogram stream added since the stream's previous point.
 *
 * @param value    the increase of the sum (for histograms, of the sum of observations; NaN when not sent)
 * @param count    the increase of a histogram's observation count; 0 for sums
 * @param dtMillis time since the stream's previous point; 0 when unknown (a delta stream's first point)
 * @param change   how a cumulative sum moved, for telling counters from up-down counters
 */
record Delta(double value, long count, long dtMillis, Change change) {

  /** How a cumulative sum moved from its previous point. */
  enum Change {
    /** Up or unchanged, as a counter moves. */
    RISE,
    /** Down to half or less, the stream's first time: most likely a counter that restarted from zero. */
    RESET,
    /** Down, but not far, or down a second time: only an up-down counter moves so. */
    DROP,
    /** Not a cumulative sum, or nothing to compare with. */
    NONE
  }
}
