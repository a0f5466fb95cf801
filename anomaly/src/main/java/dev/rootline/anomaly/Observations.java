package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.WindowSummary;
import java.util.ArrayList;
import java.util.List;

/** Turns a closed request window into the observations detectors read. */
public final class Observations {
  public static final String RATE = "rate";
  public static final String ERROR_RATIO = "error_ratio";
  public static final String LATENCY_P50 = "latency_p50";
  public static final String LATENCY_P99 = "latency_p99";

  private Observations() {}

  /**
   * The request signals of one closed window, in this order: {@code rate} (1/s), {@code error_ratio},
   * and, when the window holds requests, {@code latency_p50} and {@code latency_p99} (ms); each rests
   * on the window's request count.
   */
  public static List<Observation> of(WindowSummary w) {
    List<Observation> out = new ArrayList<>(4);
    out.add(observation(w, RATE, w.ratePerSecond()));
    out.add(observation(w, ERROR_RATIO, w.errorRate()));
    if (w.count() > 0) {
      out.add(observation(w, LATENCY_P50, w.p50Millis()));
      out.add(observation(w, LATENCY_P99, w.p99Millis()));
    }
    return out;
  }

  private static Observation observation(WindowSummary w, String signal, double value) {
    return new Observation(w.key(), signal, w.startMillis(), w.durationMillis(), value, w.count());
  }
}
