package dev.rootline.core.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One anomaly of an incident, as the report shows it.
 *
 * @param anomalyId the anomaly's id
 * @param service   the service of its series
 * @param series    the series id
 * @param signal    the signal that left normal
 * @param detector  the detector that fired
 * @param onset     when it began
 * @param observed  the latest observed value
 * @param expected  the baseline's value
 * @param score     how far from normal
 * @param unit      the unit of observed and expected
 * @param entry     whether users are hurt: an SLO detector of an entry operation raised it
 * @param message   one sentence for people
 */
public record Symptom(
    String anomalyId,
    String service,
    String series,
    String signal,
    String detector,
    Instant onset,
    double observed,
    double expected,
    double score,
    String unit,
    boolean entry,
    String message) {

  public Symptom {
    Objects.requireNonNull(anomalyId, "anomalyId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(onset, "onset");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(message, "message");
  }
}
