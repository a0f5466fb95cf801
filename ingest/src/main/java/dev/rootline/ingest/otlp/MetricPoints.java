package dev.rootline.ingest.otlp;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed metrics request into {@link MetricPoint}s, all or nothing, under the shared rules. */
final class MetricPoints {
  private final ItemRules rules;
  private final IngestLimits limits;
  private final List<MetricPoint> points = new ArrayList<>();
  private int resourceNumber;
  private int metricNumber;
  private int pointCount;

  private MetricPoints(ItemRules rules) {
    this.rules = rules;
    this.limits = rules.limits();
  }

  /**
   * The request's points, leaving out those without a recorded value.
   *
   * @throws InvalidRecordException naming the first point that breaks a rule
   */
  static List<MetricPoint> of(ExportMetricsServiceRequest request, ItemRules rules) {
    MetricPoints converter = new MetricPoints(rules);
    request.getResourceMetricsList().forEach(converter::resource);
    return converter.points;
  }

  private void resource(ResourceMetrics resourceMetrics) {
    resourceNumber++;
    metricNumber = 0;
    Resource resource = Resources.of(resourceMetrics.getResource(), limits);
    for (ScopeMetrics scope : resourceMetrics.getScopeMetricsList()) {
      for (Metric metric : scope.getMetricsList()) {
        metricNumber++;
        metric(resource, metric);
      }
    }
  }

  private void metric(Resource resource, Metric metric) {
    MetricType type = MetricData.type(metric);
    boolean cumulative = MetricData.cumulative(metric);
    boolean monotonic = MetricData.monotonic(metric);
    String name = limits.truncate(metric.getName());
    String unit = limits.truncate(metric.getUnit());
    List<MetricData.Point> data = MetricData.points(metric);
    for (int i = 0; i < data.size(); i++) {
      MetricData.Point point = data.get(i);
      check(rules.pointProblem(metric.getName(), point.timeNanos()), i + 1);
      if (point.hasValue()) {
        points.add(new MetricPoint(resource, name, unit, type, cumulative, monotonic, point.timeNanos(),
            point.value(), point.count(), AnyValues.flatten(point.attributes(), limits)));
      }
    }
  }

  private void check(String problem, int pointNumber) {
    if (++pointCount > limits.maxItemsPerRecord()) {
      throw new InvalidRecordException(rules.tooManyItems("data points"));
    }
    if (problem != null) {
      throw new InvalidRecordException(
          ItemRules.pointAt(pointNumber, metricNumber, resourceNumber) + ": " + problem);
    }
  }
}
