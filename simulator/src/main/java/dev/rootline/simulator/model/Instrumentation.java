package dev.rootline.simulator.model;

import java.time.Duration;

/**
 * How a service's telemetry departs from what an up-to-date OpenTelemetry agent exports, as some
 * services' does in real fleets: instrumented by hand, or configured apart from the rest.
 *
 * @param errorStatus     whether its spans and request metrics say that a request failed (span
 *                        status, exception events, HTTP and gRPC status codes, {@code error.type});
 *                        when false, its own errors show only in its logs and its callers' spans
 * @param metricsInterval how often its pods export metrics, or null for the simulation's interval
 */
public record Instrumentation(boolean errorStatus, Duration metricsInterval) {
  /** What the Java agent exports, at the simulation's metrics interval. */
  public static final Instrumentation STANDARD = new Instrumentation(true, null);

  public Instrumentation {
    if (metricsInterval != null && (metricsInterval.isNegative() || metricsInterval.isZero())) {
      throw new IllegalArgumentException("a metrics interval must be positive, got " + metricsInterval);
    }
  }

  /** This instrumentation, with spans and metrics that never mark an error. */
  public Instrumentation withoutErrorStatus() {
    return new Instrumentation(false, metricsInterval);
  }

  /** This instrumentation, exporting metrics every {@code interval} whatever the simulation's interval. */
  public Instrumentation exportingEvery(Duration interval) {
    return new Instrumentation(errorStatus, interval);
  }
}
