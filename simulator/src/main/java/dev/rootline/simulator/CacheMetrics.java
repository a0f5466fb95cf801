package dev.rootline.simulator;

import static dev.rootline.simulator.MetricProtos.count;

import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod's cache lookups, as Micrometer's cache binders count them and the OpenTelemetry Micrometer
 * bridge exports them: {@code cache.gets} by cache and result (hit or miss).
 */
final class CacheMetrics {
  private final Map<String, long[]> gets = new LinkedHashMap<>();

  void record(String cache, boolean miss) {
    gets.computeIfAbsent(cache, c -> new long[2])[miss ? 1 : 0]++;
  }

  /** Nothing when the pod has no cache. */
  List<ScopeMetrics> collect(long startNanos, long timeNanos) {
    if (gets.isEmpty()) {
      return List.of();
    }
    List<NumberDataPoint> points = new ArrayList<>();
    gets.forEach((cache, counts) -> {
      points.add(point(cache, "hit", counts[0], startNanos, timeNanos));
      points.add(point(cache, "miss", counts[1], startNanos, timeNanos));
    });
    return List.of(ScopeMetrics.newBuilder().setScope(Scope.MICROMETER.proto())
        .addMetrics(MetricProtos.counter("cache.gets", "{get}",
            "The number of times cache lookup methods have returned a cached (hit) or uncached (miss) value.",
            points.toArray(NumberDataPoint[]::new)))
        .build());
  }

  private static NumberDataPoint point(String cache, String result, long value, long startNanos, long timeNanos) {
    return count(value, List.of(Attributes.string("cache", cache), Attributes.string("result", result)),
        startNanos, timeNanos);
  }
}
