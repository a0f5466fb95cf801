package dev.rootline.ingest.otlp;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayList;
import java.util.List;

/** Takes the data points that break the shared rules out of a parsed metrics request. */
final class MetricFilter {
  private MetricFilter() {}

  static FilteredRequest<ExportMetricsServiceRequest> filter(ExportMetricsServiceRequest request, ItemRules rules) {
    Rejections rejections = new Rejections(rules, "data points");
    ExportMetricsServiceRequest.Builder kept = ExportMetricsServiceRequest.newBuilder();
    int resourceNumber = 0;
    for (ResourceMetrics resource : request.getResourceMetricsList()) {
      int r = ++resourceNumber;
      int metricNumber = 0;
      ResourceMetrics.Builder keptResource = resource.toBuilder().clearScopeMetrics();
      for (ScopeMetrics scope : resource.getScopeMetricsList()) {
        ScopeMetrics.Builder keptScope = scope.toBuilder().clearMetrics();
        for (Metric metric : scope.getMetricsList()) {
          Metric keptMetric = metric(metric, ++metricNumber, r, rules, rejections);
          if (keptMetric != null) {
            keptScope.addMetrics(keptMetric);
          }
        }
        if (keptScope.getMetricsCount() > 0) {
          keptResource.addScopeMetrics(keptScope);
        }
      }
      if (keptResource.getScopeMetricsCount() > 0) {
        kept.addResourceMetrics(keptResource);
      }
    }
    return rejections.result(request, kept::build);
  }

  /** The metric with only its valid points, or null when none is left. */
  private static Metric metric(Metric metric, int m, int r, ItemRules rules, Rejections rejections) {
    List<MetricData.Point> points = MetricData.points(metric);
    boolean[] keep = new boolean[points.size()];
    int keptPoints = 0;
    for (int i = 0; i < keep.length; i++) {
      int p = i + 1;
      String problem = rules.pointProblem(metric.getName(), points.get(i).timeNanos());
      keep[i] = rejections.keep(problem, () -> ItemRules.pointAt(p, m, r));
      keptPoints += keep[i] ? 1 : 0;
    }
    if (keptPoints == keep.length) {
      return metric;
    }
    return keptPoints == 0 ? null : retain(metric, keep);
  }

  private static Metric retain(Metric metric, boolean[] keep) {
    Metric.Builder b = metric.toBuilder();
    switch (metric.getDataCase()) {
      case GAUGE -> b.getGaugeBuilder().clearDataPoints()
          .addAllDataPoints(select(metric.getGauge().getDataPointsList(), keep));
      case SUM -> b.getSumBuilder().clearDataPoints()
          .addAllDataPoints(select(metric.getSum().getDataPointsList(), keep));
      case HISTOGRAM -> b.getHistogramBuilder().clearDataPoints()
          .addAllDataPoints(select(metric.getHistogram().getDataPointsList(), keep));
      case EXPONENTIAL_HISTOGRAM -> b.getExponentialHistogramBuilder().clearDataPoints()
          .addAllDataPoints(select(metric.getExponentialHistogram().getDataPointsList(), keep));
      case SUMMARY -> b.getSummaryBuilder().clearDataPoints()
          .addAllDataPoints(select(metric.getSummary().getDataPointsList(), keep));
      case DATA_NOT_SET -> { }
    }
    return b.build();
  }

  private static <P> List<P> select(List<P> points, boolean[] keep) {
    List<P> selected = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        selected.add(points.get(i));
      }
    }
    return selected;
  }
}
