package dev.rootline.app.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Percentiles of measured values, and of the difference of two scrapes of a cumulative histogram. */
final class Percentiles {
  private Percentiles() {}

  /** The {@code q} quantile (nearest rank) of {@code values}, which this sorts; NaN when empty. */
  static double of(long[] values, int size, double q) {
    if (size == 0) {
      return Double.NaN;
    }
    Arrays.sort(values, 0, size);
    int rank = (int) Math.ceil(q * size);
    return values[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  /**
   * The upper bound of the bucket holding the {@code q} quantile of what was observed between the
   * scrapes {@code before} and {@code after} (cumulative bucket counts by upper bound); NaN when
   * nothing was observed. Exact up to the bucket's width.
   */
  static double fromBuckets(TreeMap<Double, Double> before, TreeMap<Double, Double> after, double q) {
    double total = count(before, after);
    if (total <= 0) {
      return Double.NaN;
    }
    for (Map.Entry<Double, Double> bucket : after.entrySet()) {
      double cumulative = bucket.getValue() - before.getOrDefault(bucket.getKey(), 0.0);
      if (cumulative >= q * total) {
        return bucket.getKey();
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** How many observations fell between the scrapes. */
  static double count(TreeMap<Double, Double> before, TreeMap<Double, Double> after) {
    if (after.isEmpty()) {
      return 0;
    }
    return after.lastEntry().getValue() - before.getOrDefault(after.lastKey(), 0.0);
  }
}
