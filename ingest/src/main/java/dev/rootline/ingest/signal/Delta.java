package dev.rootline.ingest.signal;

/**
 * What one point of a sum or histogram stream added since the stream's previous point.
 *
 * @param value    the increase of the sum (for histograms, of the sum of observations; NaN when not sent)
 * @param count    the increase of a histogram's observation count; 0 for sums
 * @param dtMillis time since the stream's previous point; 0 when unknown (a delta stream's first point)
 */
record Delta(double value, long count, long dtMillis) {}
