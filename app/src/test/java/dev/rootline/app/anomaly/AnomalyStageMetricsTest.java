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
    // The nine of Rootline's own sources from the start, and the two above: the label set stays small.
    assertThat(registry.find("rootline.anomaly.partials").counters())
        .extracting(c -> c.getId().getTag("source")).containsOnly("spans", "metrics", "logs", "unknown", "other")
        .hasSize(11);
  }

  @Test
  void ownSourcesAreCountedFromTheStart_soTheFirstLatePartialIsAnIncrease() {
    for (String source : new String[] {"spans", "metrics", "logs"}) {
      for (String outcome : new String[] {"merged", "late", "overflowed"}) {
        assertThat(registry.find("rootline.anomaly.partials").tag("outcome", outcome).tag("source", source).counter())
            .as("%s %s", outcome, source).isNotNull().extracting(Counter::count).isEqualTo(0.0);
      }
    }
  }

  private double count(String outcome, String source) {
    Counter counter = registry.find("rootline.anomaly.partials").tag("outcome", outcome).tag("source", source).counter();
    return counter == null ? 0 : counter.count();
  }
}
