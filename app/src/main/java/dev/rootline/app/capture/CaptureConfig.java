package dev.rootline.app.capture;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What Rootline keeps of the telemetry around each incident, for {@code rootline export-labelled}:
 * {@code rootline.capture.*} (environment: {@code ROOTLINE_CAPTURE_*}). README.md "Labelled
 * incidents become evaluation cases".
 */
@ConfigMapping(prefix = "rootline.capture")
public interface CaptureConfig {
  /** Whether incidents' telemetry is kept at all. */
  @WithDefault("true")
  boolean enabled();

  /** How far back (event time) the in-memory rings keep decoded telemetry; at high traffic the count bounds win. */
  @WithDefault("45m")
  Duration retention();

  /** How long before an incident's onset its capture starts: the baseline the detectors and the ranker need. */
  @WithDefault("35m")
  Duration baseline();

  /** How long after an incident resolved its capture goes on. */
  @WithDefault("5m")
  Duration afterResolved();

  /** How far behind the newest event time each capture step stops, so late items still fall in. */
  @WithDefault("15s")
  Duration lateness();

  /** Spans kept in memory; the oldest go first. */
  @WithDefault("300000")
  int maxSpans();

  /** Metric points kept in memory. */
  @WithDefault("300000")
  int maxMetricPoints();

  /** Log records kept in memory. */
  @WithDefault("100000")
  int maxLogs();

  /** Items per OTLP/JSON line in a capture. */
  @WithDefault("500")
  int itemsPerLine();

  /** Compressed bytes kept per incident; a capture step that would pass it ends the incident's capture. */
  @WithDefault("33554432")
  long maxBytesPerIncident();

  /** Incidents captured at once; further incidents are not captured (counted). */
  @WithDefault("20")
  int maxActive();

  /** How long the capture of an incident nobody labelled is kept. */
  @WithDefault("14d")
  Duration keepUnlabelled();

  /** How often open captures are extended. */
  @WithDefault("15s")
  Duration tick();
}
