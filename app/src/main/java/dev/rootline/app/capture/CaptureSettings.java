package dev.rootline.app.capture;

import java.time.Duration;

/**
 * The bounds of incident capture (documented on {@link CaptureConfig}).
 *
 * @param retention            how far back the rings keep telemetry
 * @param baseline             how long before an incident's onset its capture starts
 * @param afterResolved        how long after it resolved its capture goes on
 * @param lateness             how far behind the newest event time a capture step stops, for late items
 * @param maxSpans             the span ring's bound
 * @param maxMetricPoints      the metric point ring's bound
 * @param maxLogs              the log record ring's bound
 * @param itemsPerLine         items written per OTLP/JSON line
 * @param maxBytesPerIncident  compressed bytes kept per incident; a step that would pass it ends the capture
 * @param maxActive            incidents captured at once; more are refused and counted
 */
public record CaptureSettings(Duration retention, Duration baseline, Duration afterResolved, Duration lateness,
    int maxSpans, int maxMetricPoints, int maxLogs, int itemsPerLine, long maxBytesPerIncident, int maxActive) {

  /** The defaults of {@link CaptureConfig}. */
  public static final CaptureSettings DEFAULTS = new CaptureSettings(Duration.ofMinutes(45), Duration.ofMinutes(35),
      Duration.ofMinutes(5), Duration.ofSeconds(15), 300_000, 300_000, 100_000, 500, 32L << 20, 20);

  /** No capture at all: rings of one item, no incident captured. */
  public static final CaptureSettings DISABLED = new CaptureSettings(Duration.ofMinutes(1), Duration.ZERO,
      Duration.ZERO, Duration.ZERO, 1, 1, 1, 1, 0, 0);

  static CaptureSettings of(CaptureConfig c) {
    if (!c.enabled()) {
      return DISABLED;
    }
    return new CaptureSettings(c.retention(), c.baseline(), c.afterResolved(), c.lateness(), c.maxSpans(),
        c.maxMetricPoints(), c.maxLogs(), c.itemsPerLine(), c.maxBytesPerIncident(), c.maxActive());
  }
}
