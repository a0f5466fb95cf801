package dev.rootline.ingest.signal;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known ratios of two level series of one service, declared as data: connection-pool usage
 * under the current and the older semantic conventions and under Micrometer's HikariCP names.
 * Each gives signal {@code value} when both parts have a window.
 */
final class MetricRatios {
  /** {@code name} = {@code numerator} / {@code denominator}. */
  record Ratio(String numerator, String denominator, String name) {}

  static final List<Ratio> STANDARD = List.of(
      new Ratio("db.client.connection.count{state=used}", "db.client.connection.max", "db.client.connection.usage"),
      new Ratio("db.client.connections.usage{state=used}", "db.client.connections.max", "db.client.connection.usage"),
      new Ratio("hikaricp.connections.active", "hikaricp.connections.max", "db.client.connection.usage"),
      new Ratio("hikaricp_connections_active", "hikaricp_connections_max", "db.client.connection.usage"));

  private record Part(String service, long startMillis, String name) {}

  private record Mean(double value, long samples) {}

  private final Map<Part, Mean> parts = new HashMap<>();

  static boolean isPart(String name) {
    for (Ratio ratio : STANDARD) {
      if (ratio.numerator().equals(name) || ratio.denominator().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Offers one closed level window of a series that may be a part. */
  void offer(SeriesKey.Metric key, long startMillis, double mean, long samples) {
    if (isPart(key.name())) {
      parts.put(new Part(key.service(), startMillis, key.name()), new Mean(mean, samples));
    }
  }

  /** The ratios of the offered windows; forgets them. */
  List<Observation> drain(long windowMillis) {
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Part, Mean> entry : parts.entrySet()) {
      Part part = entry.getKey();
      for (Ratio ratio : STANDARD) {
        Mean denominator = ratio.numerator().equals(part.name())
            ? parts.get(new Part(part.service(), part.startMillis(), ratio.denominator())) : null;
        if (denominator != null && denominator.value() > 0) {
          out.add(new Observation(new SeriesKey.Metric(part.service(), ratio.name()), MetricWindows.VALUE,
              part.startMillis(), windowMillis, entry.getValue().value() / denominator.value(),
              Math.min(entry.getValue().samples(), denominator.samples())));
        }
      }
    }
    parts.clear();
    return out;
  }
}
