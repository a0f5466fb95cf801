package dev.rootline.app.capture;

import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of one signal kept for an incident: the items with event time in {@code [from, to)}
 * as gzip-compressed JSON lines, already redacted.
 *
 * @param incidentId the incident
 * @param seq        counts up from 1 per incident; the chunks of one capture step share it
 * @param signal     which telemetry
 * @param from       the stretch's start, inclusive
 * @param to         its end, exclusive
 * @param items      spans, points, records or events in it
 * @param capturedAt when it was kept (wall clock)
 * @param data       the gzip-compressed lines
 */
public record CaptureChunk(String incidentId, int seq, CaptureSignal signal, Instant from, Instant to, int items,
    Instant capturedAt, byte[] data) {

  public CaptureChunk {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(data, "data");
  }
}
