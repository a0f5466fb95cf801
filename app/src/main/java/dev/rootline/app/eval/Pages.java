package dev.rootline.app.eval;

import dev.rootline.core.incident.Incident;
import dev.rootline.rca.incident.IncidentTracker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which incidents a replay would have paged, and which page each anomaly went out under. It
 * announces an incident as the service does: once it has been open for the group wait (event time
 * stands in for the service's clock), after which its id is fixed and it never joins another; an
 * anomaly that joins an announced incident goes out under that page. A fault whose anomalies went
 * out under two pages paged the on-call twice. Not thread-safe; one per replay.
 */
final class Pages {
  private final IncidentTracker incidents;
  private final long groupWaitMillis;
  private final Set<String> unpaged = new LinkedHashSet<>();
  private final Map<String, String> pageOf = new HashMap<>();
  private final Map<String, Long> firstSeen = new HashMap<>();
  private final Set<String> announced = new HashSet<>();
  private long nextDue = Long.MAX_VALUE;

  Pages(IncidentTracker incidents, long groupWaitMillis) {
    this.incidents = incidents;
    this.groupWaitMillis = groupWaitMillis;
  }

  /** Call after the tracker took the anomaly and regrouped. */
  void anomaly(String anomalyId, long watermark) {
    if (!pageOf.containsKey(anomalyId)) {
      unpaged.add(anomalyId);
    }
    for (Incident open : incidents.open()) {
      if (!announced.contains(open.id()) && !firstSeen.containsKey(open.id())) {
        firstSeen.put(open.id(), watermark);
        nextDue = Math.min(nextDue, watermark + groupWaitMillis);
      }
    }
    settle();
  }

  /** Announces the incidents whose group wait is over; call before the tracker resolves any. */
  void advanceTo(long watermark) {
    if (watermark < nextDue) {
      return;
    }
    nextDue = Long.MAX_VALUE;
    for (Incident open : incidents.open()) {
      if (announced.contains(open.id())) {
        continue;
      }
      long due = firstSeen.computeIfAbsent(open.id(), id -> watermark) + groupWaitMillis;
      if (due <= watermark) {
        incidents.announce(open.id());
        announced.add(open.id());
      } else {
        nextDue = Math.min(nextDue, due);
      }
    }
    settle();
  }

  /** Every anomaly that went out, with the page it went out under. */
  Map<String, String> pageOfAnomaly() {
    return Map.copyOf(pageOf);
  }

  /** Anomalies now in an announced incident go out under it, for good. */
  private void settle() {
    var it = unpaged.iterator();
    while (it.hasNext()) {
      String anomalyId = it.next();
      Optional<Incident> incident = incidents.incidentOf(anomalyId);
      if (incident.isEmpty()) {
        it.remove(); // resolved without ever being announced
      } else if (announced.contains(incident.get().id())) {
        pageOf.put(anomalyId, incident.get().id());
        it.remove();
      }
    }
  }
}
