package dev.rootline.core.anomaly;

import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A series that left its normal behaviour: one anomaly per departure, updated while it lasts and
 * resolved when the series is back to normal.
 *
 * @param id        stable for the whole lifecycle: series, signal and onset
 * @param series    the series that left normal
 * @param signal    what was measured, e.g. {@code error_ratio}, {@code latency_p99}, {@code rate}
 * @param detector  the id of the catalogue entry that fired
 * @param direction whether the signal went up or down
 * @param state     open (first report), ongoing (updated), resolved
 * @param onset     event time the departure began (the first abnormal window's start)
 * @param lastSeen  event time of the latest abnormal window's end
 * @param observed  the latest observed value, in {@code unit}
 * @param expected  what the baseline expected, in {@code unit}
 * @param score     how far from normal, in robust standard deviations (or burn rate for SLOs)
 * @param unit      the unit of observed and expected, e.g. {@code ms}, {@code ratio}, {@code 1/s}
 * @param message   one sentence for people
 */
public record Anomaly(
    String id,
    SeriesKey series,
    String signal,
    String detector,
    Direction direction,
    State state,
    Instant onset,
    Instant lastSeen,
    double observed,
    double expected,
    double score,
    String unit,
    String message) {

  /** Which way the signal moved. */
  public enum Direction { UP, DOWN }

  /** Where the anomaly is in its lifecycle. */
  public enum State { OPEN, ONGOING, RESOLVED }

  public Anomaly {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(onset, "onset");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(message, "message");
  }

  /** The id every report of one departure shares. */
  public static String idOf(SeriesKey series, String signal, Instant onset) {
    return series.id() + "#" + signal + "@" + onset.toEpochMilli();
  }
}
