package dev.rootline.core.telemetry;

import java.util.Map;
import java.util.Objects;

/**
 * One data point of an OpenTelemetry metric.
 *
 * @param resource   the emitting service
 * @param name       the metric name, e.g. {@code process.cpu.utilization}
 * @param unit       the UCUM unit, or an empty string
 * @param type       gauge, sum, histogram, ...
 * @param cumulative the aggregation temporality: true for cumulative sums, histograms and summaries
 *                   (each point is the total since a start time), false for delta points (each
 *                   point is what happened since the previous one) and for gauges
 * @param monotonic  for sums, OTLP's {@code is_monotonic}: true for a counter, which only rises
 *                   (requests served, CPU seconds used), false for an up-down counter, which is a
 *                   level (connections open, items queued); false for every other type
 * @param timeNanos  epoch nanoseconds of the point
 * @param value      the gauge or sum value; for histograms and summaries, the sum of observations
 * @param count      the number of observations of a histogram or summary; 0 for gauges and sums
 * @param attributes the point's attributes as strings
 */
public record MetricPoint(
    Resource resource,
    String name,
    String unit,
    MetricType type,
    boolean cumulative,
    boolean monotonic,
    long timeNanos,
    double value,
    long count,
    Map<String, String> attributes) {

  public MetricPoint {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    if (monotonic && type != MetricType.SUM) {
      throw new IllegalArgumentException("only sums are monotonic or not: " + name);
    }
    attributes = Map.copyOf(attributes);
  }
}
