package dev.rootline.app.anomaly;

import dev.rootline.anomaly.PartialWindows;
import dev.rootline.core.anomaly.Anomaly;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Counters of the anomaly stage: {@code rootline_anomalies_total{state}}, bad observations, and
 * partial windows merged, late, handed on early ({@code rootline_anomaly_partials_total{outcome,source}}).
 */
@ApplicationScoped
public class AnomalyStageMetrics {
  private final MeterRegistry registry;

  AnomalyStageMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void anomaly(Anomaly anomaly) {
    registry.counter("rootline.anomalies", "state", anomaly.state().name().toLowerCase(Locale.ROOT)).increment();
  }

  void observation() {
    registry.counter("rootline.anomaly.observations").increment();
  }

  void badObservation() {
    registry.counter("rootline.anomaly.observations.invalid").increment();
  }

  /** Counts what happens to partial windows of several replicas. */
  PartialWindows.Listener partials() {
    return new PartialWindows.Listener() {
      @Override
      public void merged(PartialWindows.Sender sender) {
        partial("merged", sender.source());
      }

      @Override
      public void late(PartialWindows.Sender sender) {
        partial("late", sender.source());
      }

      @Override
      public void overflowed() {
        partial("overflowed", "");
      }
    };
  }

  /** Counted by the source of the partial's window; an older replica's partials say none. */
  private void partial(String outcome, String source) {
    registry.counter("rootline.anomaly.partials", "outcome", outcome, "source", source.isEmpty() ? "unknown" : source)
        .increment();
  }
}
