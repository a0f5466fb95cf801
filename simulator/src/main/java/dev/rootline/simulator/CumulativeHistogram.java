package dev.rootline.simulator;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import java.util.List;

/** An explicit-bucket histogram that accumulates from process start, as OTel SDKs export by default. */
final class CumulativeHistogram {
  private final double[] bounds;
  private final long[] counts;
  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  CumulativeHistogram(double... bounds) {
    this.bounds = bounds.clone();
    this.counts = new long[bounds.length + 1];
  }

  void record(double value) {
    int bucket = 0;
    while (bucket < bounds.length && value > bounds[bucket]) {
      bucket++;
    }
    counts[bucket]++;
    count++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  HistogramDataPoint point(List<KeyValue> attributes, long startNanos, long timeNanos) {
    HistogramDataPoint.Builder point = HistogramDataPoint.newBuilder()
        .addAllAttributes(attributes)
        .setStartTimeUnixNano(startNanos)
        .setTimeUnixNano(timeNanos)
        .setCount(count)
        .setSum(sum);
    for (double bound : bounds) {
      point.addExplicitBounds(bound);
    }
    for (long bucketCount : counts) {
      point.addBucketCounts(bucketCount);
    }
    if (count > 0) {
      point.setMin(min).setMax(max);
    }
    return point.build();
  }
}
