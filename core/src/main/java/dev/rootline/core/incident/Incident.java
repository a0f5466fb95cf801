package dev.rootline.core.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Anomalies that belong together, overlapping in time and connected in the service graph: one
 * fault, one incident.
 *
 * @param id       stable for the incident's whole life
 * @param state    open, updated or resolved
 * @param onset    event time of the earliest anomaly's onset
 * @param lastSeen event time of the latest abnormal window
 * @param resolved event time the last anomaly resolved, or null while it lasts
 * @param severity how badly users are hurt
 * @param symptoms the anomalies, strongest first (bounded)
 * @param services every service with an anomaly in the incident, sorted
 */
public record Incident(
    String id,
    State state,
    Instant onset,
    Instant lastSeen,
    Instant resolved,
    Severity severity,
    List<Symptom> symptoms,
    List<String> services) {

  /** Where the incident is in its lifecycle. */
  public enum State { OPEN, UPDATED, RESOLVED }

  /** How badly users are hurt: critical when an entry SLO burns, major when entry series are abnormal. */
  public enum Severity { CRITICAL, MAJOR, MINOR }

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(onset, "onset");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(severity, "severity");
    symptoms = List.copyOf(symptoms);
    services = List.copyOf(services);
  }
}
