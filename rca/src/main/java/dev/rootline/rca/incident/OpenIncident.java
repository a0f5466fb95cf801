package dev.rootline.rca.incident;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One incident while it lasts: its anomalies by id, latest report of each. Its id comes from its
 * earliest anomaly (onset, then anomaly id) until the id is announced ({@link #announce()}), then
 * stays: replicas and a restarted process that read the same anomalies in another order across
 * partitions name the incident alike (docs/adr/018-scale-out-and-restart.md).
 */
final class OpenIncident {
  static final int MAX_SYMPTOMS = 50;
  private static final int MAX_ANOMALIES = 500;
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private String id;
  private Anomaly earliest;
  private boolean announced;
  private final Map<String, Anomaly> anomalies = new LinkedHashMap<>();
  private final Set<String> services = new TreeSet<>();
  private Instant onset;
  private Instant lastSeen;
  private boolean changedSinceOpen;

  OpenIncident(Anomaly first) {
    this.earliest = first;
    this.id = idOf(first);
    this.onset = first.onset();
    this.lastSeen = first.lastSeen();
  }

  /** Takes the anomaly's latest report; false when nothing the incident shows changed. */
  boolean add(Anomaly anomaly) {
    Anomaly before = anomalies.get(anomaly.id());
    if (before == null && anomalies.size() >= MAX_ANOMALIES) {
      return false;
    }
    anomalies.put(anomaly.id(), anomaly);
    if (!announced && EARLIEST.compare(anomaly, earliest) < 0) {
      earliest = anomaly;
      id = idOf(anomaly);
    }
    services.addAll(IncidentTracker.servicesOf(anomaly.series()));
    if (anomaly.onset().isBefore(onset)) {
      onset = anomaly.onset();
    }
    if (anomaly.lastSeen().isAfter(lastSeen)) {
      lastSeen = anomaly.lastSeen();
    }
    boolean changed = before == null || before.state() != anomaly.state();
    changedSinceOpen |= changed && anomalies.size() > 1;
    return changed;
  }

  /** Takes the other incident's anomalies, as if they had joined this one. */
  void absorb(OpenIncident other) {
    for (Anomaly anomaly : other.anomalies.values()) {
      add(anomaly);
    }
  }

  String id() {
    return id;
  }

  boolean announced() {
    return announced;
  }

  Set<String> services() {
    return services;
  }

  /** Whether the two were abnormal within {@code gapMillis} of each other. */
  boolean overlaps(OpenIncident other, long gapMillis) {
    return onset.toEpochMilli() <= other.lastSeen.toEpochMilli() + gapMillis
        && other.onset.toEpochMilli() <= lastSeen.toEpochMilli() + gapMillis;
  }

  void rename(String newId) {
    id = newId;
    announced = true;
  }

  /** Fixes the id: it has been shown to someone, so an earlier anomaly arriving late keeps it. */
  void announce() {
    announced = true;
  }

  boolean holds(String anomalyId) {
    return anomalies.containsKey(anomalyId);
  }

  /** Whether any of these services is one of the incident's. */
  boolean touchesAny(Set<String> others) {
    for (String service : others) {
      if (services.contains(service)) {
        return true;
      }
    }
    return false;
  }

  boolean quietSince(long millis) {
    return lastSeen.toEpochMilli() < millis
        && anomalies.values().stream().allMatch(a -> a.state() == Anomaly.State.RESOLVED);
  }

  Instant lastSeen() {
    return lastSeen;
  }

  Incident snapshot() {
    return build(changedSinceOpen ? Incident.State.UPDATED : Incident.State.OPEN, null);
  }

  Incident resolve(Instant at) {
    return build(Incident.State.RESOLVED, at);
  }

  private Incident build(Incident.State state, Instant resolved) {
    List<Symptom> symptoms = new ArrayList<>();
    for (Anomaly a : anomalies.values()) {
      symptoms.add(new Symptom(a.id(), a.series().service(), a.series().id(), a.signal(), a.detector(), a.onset(),
          a.observed(), a.expected(), a.score(), a.unit(), isSlo(a), a.message()));
    }
    symptoms.sort(Comparator.comparing(Symptom::entry).thenComparingDouble(s -> Math.abs(s.score())).reversed());
    List<Symptom> kept = symptoms.subList(0, Math.min(MAX_SYMPTOMS, symptoms.size()));
    return new Incident(id, state, onset, lastSeen, resolved, severity(), kept, List.copyOf(services));
  }

  private Incident.Severity severity() {
    boolean slo = anomalies.values().stream().anyMatch(OpenIncident::isSlo);
    if (slo) {
      return Incident.Severity.CRITICAL;
    }
    boolean requests = anomalies.values().stream().anyMatch(a -> a.series() instanceof SeriesKey.Operation);
    return requests ? Incident.Severity.MAJOR : Incident.Severity.MINOR;
  }

  private static boolean isSlo(Anomaly anomaly) {
    return anomaly.detector().startsWith("slo.");
  }

  private static final Comparator<Anomaly> EARLIEST = Comparator.comparing(Anomaly::onset).thenComparing(Anomaly::id);

  private static String idOf(Anomaly first) {
    return "inc-" + ID_TIME.format(first.onset()) + "-" + shortHash(first.id());
  }

  private static String shortHash(String text) {
    return Integer.toHexString(text.hashCode() & 0xfffff);
  }
}
