package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.WindowSummary;
import org.junit.jupiter.api.Test;

class ObservationsTest {

  @Test
  void of_givesTheFourRequestSignalsOfAWindow() {
    WindowSummary w = new WindowSummary(Replay.CHECKOUT, 10_000, 10_000, 250, 5, 40, 80, 120);
    assertThat(Observations.of(w))
        .extracting(Observation::signal, Observation::value, Observation::samples, Observation::windowStartMillis)
        .containsExactly(tuple("rate", 25.0, 250L, 10_000L), tuple("error_ratio", 0.02, 250L, 10_000L),
            tuple("latency_p50", 40.0, 250L, 10_000L), tuple("latency_p99", 120.0, 250L, 10_000L));
  }

  @Test
  void of_leavesOutLatencyOfAnEmptyWindow() {
    WindowSummary empty = new WindowSummary(Replay.CHECKOUT, 0, 10_000, 0, 0, 0, 0, 0);
    assertThat(Observations.of(empty)).extracting(Observation::signal).containsExactly("rate", "error_ratio");
  }
}
