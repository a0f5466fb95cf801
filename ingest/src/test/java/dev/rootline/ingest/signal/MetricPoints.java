package dev.rootline.ingest.signal;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Named metric fixtures and a compact text form of observations for the signal tests. */
final class MetricPoints {
  static final Resource CART_1 = new Resource("cart", "1.0", null, "cart-1", null, null, null);
  static final Resource CART_2 = new Resource("cart", "1.0", null, "cart-2", null, null, null);

  private MetricPoints() {}

  static MetricPoint gauge(Resource resource, String name, long millis, double value) {
    return new MetricPoint(resource, name, "1", MetricType.GAUGE, false, false, millis * 1_000_000, value, 0, Map.of());
  }

  /** A cumulative counter of events ({@code {order}}). */
  static MetricPoint counter(Resource resource, String name, long millis, double value, Map<String, String> attributes) {
    return counter(resource, name, "{order}", millis, value, attributes);
  }

  static MetricPoint counter(Resource resource, String name, String unit, long millis, double value,
      Map<String, String> attributes) {
    return new MetricPoint(resource, name, unit, MetricType.SUM, true, true, millis * 1_000_000, value, 0, attributes);
  }

  /** A cumulative up-down counter: a level. */
  static MetricPoint upDownCounter(Resource resource, String name, long millis, double value, Map<String, String> attributes) {
    return new MetricPoint(resource, name, "{connection}", MetricType.SUM, true, false, millis * 1_000_000, value, 0,
        attributes);
  }

  static MetricPoint deltaCounter(Resource resource, String name, long millis, double value) {
    return new MetricPoint(resource, name, "1", MetricType.SUM, false, true, millis * 1_000_000, value, 0, Map.of());
  }

  static MetricPoint histogram(Resource resource, String name, long millis, long count, double sum,
      Map<String, String> attributes) {
    return histogram(resource, name, "s", millis, count, sum, attributes);
  }

  static MetricPoint histogram(Resource resource, String name, String unit, long millis, long count, double sum,
      Map<String, String> attributes) {
    return new MetricPoint(resource, name, unit, MetricType.HISTOGRAM, true, false, millis * 1_000_000, sum, count,
        attributes);
  }

  /** One line per observation: {@code name signal@startSeconds=value/samples}, values to 3 decimals. */
  static String render(List<Observation> observations) {
    return observations.stream()
        .map(o -> String.format(Locale.ROOT, "%s %s@%d=%.3f/%d", o.series().id(), o.signal(),
            o.windowStartMillis() / 1000, o.value(), o.samples()))
        .collect(Collectors.joining("\n"));
  }
}
