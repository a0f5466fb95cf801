package dev.rootline.app.anomaly;

import dev.rootline.anomaly.PartialWindows;
import dev.rootline.core.anomaly.Anomaly;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Counters of the anomaly stage: {@code rootline_anomalies_total{state}}, bad observations, and
 * partial windows merged, late ({@code rootline_anomaly_partials_total{outcome}}).
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
      public void merged() {
        partial("merged");
      }

      @Override
      public void late() {
        partial("late");
      }

      @Override
      public void overflowed() {
        partial("overflowed");
      }
    };
  }

  private void partial(String outcome) {
    registry.counter("rootline.anomaly.partials", "outcome", outcome).increment();
  }
}
