package dev.rootline.core.anomaly;

import dev.rootline.core.window.SeriesKey;
import java.util.Objects;

/**
 * One value of one signal of one series over one closed window: what detectors read.
 *
 * @param series            the series
 * @param signal            the signal's name: for request windows {@code rate} (1/s),
 *                          {@code error_ratio}, {@code latency_p50} and {@code latency_p99} (ms);
 *                          for metric series {@code value} (a level), {@code rate} (events per
 *                          second), {@code per_second} (time or another quantity per second) or
 *                          {@code mean} (per observation of a histogram)
 * @param windowStartMillis epoch milliseconds, inclusive
 * @param windowMillis      the window's length
 * @param value             the observed value
 * @param samples           how many requests, events or points the value rests on (0 for an empty window)
 */
public record Observation(
    SeriesKey series,
    String signal,
    long windowStartMillis,
    long windowMillis,
    double value,
    long samples) {

  public Observation {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(signal, "signal");
  }

  public long windowEndMillis() {
    return windowStartMillis + windowMillis;
  }
}
