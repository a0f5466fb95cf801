package dev.rootline.app.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Counters of the anomaly stage: {@code rootline_anomalies_total{state}} and bad observations. */
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
}
