package dev.rootline.ingest.otlp;

import dev.rootline.core.telemetry.MetricType;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.List;

/**
 * One view over the five OTLP data point types, so that the decoder and the partial filter handle
 * them in one place: the type, the temporality, monotonicity, and each point's time, value, count
 * and attributes.
 */
final class MetricData {
  /** OTLP's DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK: a staleness marker, not a measurement. */
  static final int NO_RECORDED_VALUE = 1;

  private MetricData() {}

  /**
   * One data point of any type.
   *
   * @param value the gauge or sum value, else the sum of observations (NaN when not sent)
   * @param count observations of a histogram or summary, 0 otherwise
   */
  record Point(long timeNanos, double value, long count, List<KeyValue> attributes, int flags) {
    boolean hasValue() {
      return (flags & NO_RECORDED_VALUE) == 0;
    }
  }

  /** The metric's type, or null for a metric without data. */
  static MetricType type(Metric metric) {
    return switch (metric.getDataCase()) {
      case GAUGE -> MetricType.GAUGE;
      case SUM -> MetricType.SUM;
      case HISTOGRAM -> MetricType.HISTOGRAM;
      case EXPONENTIAL_HISTOGRAM -> MetricType.EXPONENTIAL_HISTOGRAM;
      case SUMMARY -> MetricType.SUMMARY;
      case DATA_NOT_SET -> null;
    };
  }

  /** Whether the points are cumulative; summaries are cumulative by OTLP's definition. */
  static boolean cumulative(Metric metric) {
    AggregationTemporality temporality = switch (metric.getDataCase()) {
      case SUM -> metric.getSum().getAggregationTemporality();
      case HISTOGRAM -> metric.getHistogram().getAggregationTemporality();
      case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getAggregationTemporality();
      case SUMMARY -> AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
      default -> AggregationTemporality.AGGREGATION_TEMPORALITY_UNSPECIFIED;
    };
    return temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
  }

  /** OTLP's {@code is_monotonic}: whether the metric is a sum that only rises (a counter). */
  static boolean monotonic(Metric metric) {
    return metric.getDataCase() == Metric.DataCase.SUM && metric.getSum().getIsMonotonic();
  }

  /** The metric's points, in the order of its typed data point list. */
  static List<Point> points(Metric metric) {
    return switch (metric.getDataCase()) {
      case GAUGE -> metric.getGauge().getDataPointsList().stream().map(MetricData::number).toList();
      case SUM -> metric.getSum().getDataPointsList().stream().map(MetricData::number).toList();
      case HISTOGRAM -> metric.getHistogram().getDataPointsList().stream().map(MetricData::histogram).toList();
      case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsList().stream()
          .map(MetricData::exponential).toList();
      case SUMMARY -> metric.getSummary().getDataPointsList().stream().map(MetricData::summary).toList();
      case DATA_NOT_SET -> List.of();
    };
  }

  private static Point number(NumberDataPoint p) {
    double value = p.hasAsInt() ? p.getAsInt() : p.getAsDouble();
    return new Point(p.getTimeUnixNano(), value, 0, p.getAttributesList(), p.getFlags());
  }

  private static Point histogram(HistogramDataPoint p) {
    return new Point(p.getTimeUnixNano(), p.hasSum() ? p.getSum() : Double.NaN, p.getCount(),
        p.getAttributesList(), p.getFlags());
  }

  private static Point exponential(ExponentialHistogramDataPoint p) {
    return new Point(p.getTimeUnixNano(), p.hasSum() ? p.getSum() : Double.NaN, p.getCount(),
        p.getAttributesList(), p.getFlags());
  }

  private static Point summary(SummaryDataPoint p) {
    return new Point(p.getTimeUnixNano(), p.getSum(), p.getCount(), p.getAttributesList(), p.getFlags());
  }
}
