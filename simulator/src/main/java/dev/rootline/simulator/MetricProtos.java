package dev.rootline.simulator;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.Sum;
import java.util.List;

/** The OTLP metric shapes the simulated pods export, with their semantic-convention metadata. */
final class MetricProtos {
  private MetricProtos() {}

  static NumberDataPoint number(double value, List<KeyValue> attributes, long startNanos, long timeNanos) {
    return NumberDataPoint.newBuilder().addAllAttributes(attributes).setAsDouble(value)
        .setStartTimeUnixNano(startNanos).setTimeUnixNano(timeNanos).build();
  }

  static NumberDataPoint count(long value, List<KeyValue> attributes, long startNanos, long timeNanos) {
    return NumberDataPoint.newBuilder().addAllAttributes(attributes).setAsInt(value)
        .setStartTimeUnixNano(startNanos).setTimeUnixNano(timeNanos).build();
  }

  static Metric gauge(String name, String unit, String description, NumberDataPoint... points) {
    return Metric.newBuilder().setName(name).setUnit(unit).setDescription(description)
        .setGauge(Gauge.newBuilder().addAllDataPoints(List.of(points))).build();
  }

  /** An UpDownCounter: a cumulative, non-monotonic sum. */
  static Metric upDownCounter(String name, String unit, String description, NumberDataPoint... points) {
    return Metric.newBuilder().setName(name).setUnit(unit).setDescription(description)
        .setSum(Sum.newBuilder()
            .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
            .setIsMonotonic(false)
            .addAllDataPoints(List.of(points)))
        .build();
  }

  /** A Counter: a cumulative, monotonic sum. */
  static Metric counter(String name, String unit, String description, NumberDataPoint... points) {
    return Metric.newBuilder().setName(name).setUnit(unit).setDescription(description)
        .setSum(Sum.newBuilder()
            .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
            .setIsMonotonic(true)
            .addAllDataPoints(List.of(points)))
        .build();
  }

  static Metric histogram(String name, String unit, String description, List<HistogramDataPoint> points) {
    return Metric.newBuilder().setName(name).setUnit(unit).setDescription(description)
        .setHistogram(Histogram.newBuilder()
            .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
            .addAllDataPoints(points))
        .build();
  }
}
