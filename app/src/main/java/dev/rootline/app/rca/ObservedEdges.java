package dev.rootline.app.rca;

import dev.rootline.core.window.SeriesKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The service graph as the closed windows of call edges show it. Every replica reads every window,
 * while it sees only its share of the spans, so grouping anomalies by this graph names incidents
 * alike on every replica and after a restart (docs/adr/018-scale-out-and-restart.md). Bounded: past
 * {@code capacity} edges the least recently seen is forgotten. Not thread-safe.
 */
final class ObservedEdges {
  private final int capacity;
  private final Map<SeriesKey.Edge, Boolean> edges;

  ObservedEdges(int capacity) {
    this.capacity = capacity;
    this.edges = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SeriesKey.Edge, Boolean> eldest) {
        return size() > ObservedEdges.this.capacity;
      }
    };
  }

  void see(SeriesKey series) {
    if (series instanceof SeriesKey.Edge edge) {
      edges.put(edge, Boolean.TRUE);
    }
  }

  /** The services the service calls or is called by. */
  Set<String> neighbours(String service) {
    Set<String> out = new HashSet<>();
    for (SeriesKey.Edge edge : edges.keySet()) {
      if (edge.caller().equals(service)) {
        out.add(edge.callee());
      } else if (edge.callee().equals(service)) {
        out.add(edge.caller());
      }
    }
    return out;
  }
}
