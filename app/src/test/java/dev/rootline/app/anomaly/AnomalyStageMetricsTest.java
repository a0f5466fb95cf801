package dev.rootline.app.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.anomaly.PartialWindows;
import dev.rootline.anomaly.PartialWindows.Sender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class AnomalyStageMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PartialWindows.Listener partials = new AnomalyStageMetrics(registry).partials();

  @Test
  void partialsAreCountedBySource_andAGarbledSourceDoesNotBecomeALabel() {
    partials.late(new Sender("metrics", 5_000));
    partials.late(new Sender("metrics", 5_000));
    partials.merged(new Sender("spans", 1_000));
    partials.late(Sender.UNKNOWN);
    partials.late(new Sender("spans\u0000" + "x".repeat(200), 1_000));
    partials.late(new Sender("traces-of-someone-else", 1_000));
    partials.overflowed("logs");

    assertThat(count("late", "metrics")).isEqualTo(2);
    assertThat(count("merged", "spans")).isEqualTo(1);
    assertThat(count("late", "unknown")).isEqualTo(1);
    assertThat(count("late", "other")).isEqualTo(2);
    assertThat(count("overflowed", "logs")).isEqualTo(1);
    assertThat(registry.find("rootline.anomaly.partials").counters()).hasSize(5);
  }

  private double count(String outcome, String source) {
    Counter counter = registry.find("rootline.anomaly.partials").tag("outcome", outcome).tag("source", source).counter();
    return counter == null ? 0 : counter.count();
  }
}
