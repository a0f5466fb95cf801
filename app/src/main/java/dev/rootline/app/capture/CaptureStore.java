package dev.rootline.app.capture;

import java.time.Instant;
import java.util.List;

/**
 * Where the telemetry kept for incidents lives, beside the incidents. Implementations are
 * thread-safe; calls block until the store answered and nobody retries inside: a failure surfaces
 * as an exception.
 */
public interface CaptureStore {

  /**
   * Keeps the chunks (one capture step of one incident) together. Not idempotent: a chunk with a
   * (incident, seq, signal) already kept is refused with an exception.
   *
   * @throws IllegalArgumentException when the store knows no such incident
   */
  void append(List<CaptureChunk> chunks);

  /** What is kept of the incident so far; {@link Extent#NONE} when nothing. */
  Extent extent(String incidentId);

  /** The incident's chunks by seq, then signal; empty when none. */
  List<CaptureChunk> chunks(String incidentId);

  /**
   * Forgets the captures of incidents that nobody labelled and whose newest chunk was kept before
   * {@code before}; returns how many incidents lost theirs.
   */
  int expireUnlabelled(Instant before);

  /**
   * How far an incident's capture reached.
   *
   * @param lastSeq the highest seq kept, 0 when none
   * @param to      the end of the latest stretch, or null when none
   * @param bytes   the compressed bytes kept, for the per-incident cap
   */
  record Extent(int lastSeq, Instant to, long bytes) {
    public static final Extent NONE = new Extent(0, null, 0);
  }

  /** A store in memory for the memory report store, tests and the demo: at most {@code incidents} incidents. */
  static CaptureStore inMemory(int incidents) {
    return new InMemoryCaptureStore(incidents);
  }
}
