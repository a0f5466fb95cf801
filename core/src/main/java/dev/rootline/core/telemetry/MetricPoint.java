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
 * @param cumulative true for cumulative sums and histograms, false for delta and gauges
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
    long timeNanos,
    double value,
    long count,
    Map<String, String> attributes) {

  public MetricPoint {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    attributes = Map.copyOf(attributes);
  }
}
