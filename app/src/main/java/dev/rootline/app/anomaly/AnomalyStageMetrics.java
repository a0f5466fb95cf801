package dev.rootline.app.anomaly;

import dev.rootline.anomaly.PartialWindows;
import dev.rootline.anomaly.PartialWindows.Sender;
import dev.rootline.core.anomaly.Anomaly;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counters of the anomaly stage: {@code rootline_anomalies_total{state}}, bad observations, and
 * partial windows merged, late, handed on early ({@code rootline_anomaly_partials_total{outcome,source}}).
 */
@ApplicationScoped
public class AnomalyStageMetrics {
  private static final Set<String> KNOWN_SOURCES = Set.of(Sender.SPANS, Sender.METRICS, Sender.LOGS);
  private final MeterRegistry registry;

  AnomalyStageMetrics(MeterRegistry registry) {
    this.registry = registry;
    // The partials of Rootline's own sources are counted from the start, at 0: an alert on increase()
    // sees the first late one.
    for (String source : KNOWN_SOURCES) {
      for (String outcome : List.of("merged", "late", "overflowed")) {
        partialCounter(outcome, source);
      }
    }
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
      public void merged(Sender sender) {
        partial("merged", sender.source());
      }

      @Override
      public void late(Sender sender) {
        partial("late", sender.source());
      }

      @Override
      public void overflowed(String source) {
        partial("overflowed", source);
      }
    };
  }

  /**
   * Counted by the source of the partial's window. The source comes from a record header, so only
   * the three Rootline writes become labels: an older replica's partials say none ({@code unknown}),
   * and anything else counts as {@code other} rather than growing the label set.
   */
  private void partial(String outcome, String source) {
    partialCounter(outcome, source).increment();
  }

  private Counter partialCounter(String outcome, String source) {
    String label = KNOWN_SOURCES.contains(source) ? source : source.isEmpty() ? "unknown" : "other";
    return registry.counter("rootline.anomaly.partials", "outcome", outcome, "source", label);
  }
}
