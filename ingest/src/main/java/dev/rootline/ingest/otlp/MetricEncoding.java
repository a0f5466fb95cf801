package dev.rootline.ingest.otlp;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.telemetry.MetricPoint;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;

/**
 * One {@link MetricPoint} as an OTLP metric of its type: value and count as {@link MetricData}
 * reads them back (a histogram keeps its sum and count, not its buckets, which Rootline never read).
 */
final class MetricEncoding {
  private MetricEncoding() {}

  static Metric metric(MetricPoint p, Redactor redactor) {
    Metric.Builder metric = Metric.newBuilder().setName(p.name()).setUnit(p.unit());
    AggregationTemporality temporality = p.cumulative()
        ? AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE
        : AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA;
    var attributes = ProtoValues.attributes(p.attributes(), redactor);
    switch (p.type()) {
      case GAUGE -> metric.setGauge(Gauge.newBuilder().addDataPoints(number(p, attributes)));
      case SUM -> metric.setSum(Sum.newBuilder().setAggregationTemporality(temporality)
          .setIsMonotonic(p.monotonic()).addDataPoints(number(p, attributes)));
      case HISTOGRAM -> {
        HistogramDataPoint.Builder point = HistogramDataPoint.newBuilder().setTimeUnixNano(p.timeNanos())
            .setCount(p.count()).addAllAttributes(attributes);
        if (!Double.isNaN(p.value())) {
          point.setSum(p.value());
        }
        metric.setHistogram(Histogram.newBuilder().setAggregationTemporality(temporality).addDataPoints(point));
      }
      case EXPONENTIAL_HISTOGRAM -> {
        ExponentialHistogramDataPoint.Builder point = ExponentialHistogramDataPoint.newBuilder()
            .setTimeUnixNano(p.timeNanos()).setCount(p.count()).addAllAttributes(attributes);
        if (!Double.isNaN(p.value())) {
          point.setSum(p.value());
        }
        metric.setExponentialHistogram(ExponentialHistogram.newBuilder().setAggregationTemporality(temporality)
            .addDataPoints(point));
      }
      case SUMMARY -> metric.setSummary(Summary.newBuilder().addDataPoints(SummaryDataPoint.newBuilder()
          .setTimeUnixNano(p.timeNanos()).setSum(p.value()).setCount(p.count()).addAllAttributes(attributes)));
    }
    return metric.build();
  }

  private static NumberDataPoint number(MetricPoint p, Iterable<io.opentelemetry.proto.common.v1.KeyValue> attributes) {
    return NumberDataPoint.newBuilder().setTimeUnixNano(p.timeNanos()).setAsDouble(p.value())
        .addAllAttributes(attributes).build();
  }
}
