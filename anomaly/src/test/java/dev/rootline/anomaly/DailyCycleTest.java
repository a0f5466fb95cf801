package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.WindowSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several days of one operation with a strong daily cycle (traffic x10 from night to peak, a
 * two-hour morning ramp, latency rising with load): once learned, the cycle is normal, and the same
 * latency step that would be caught by day is caught at 3 a.m.
 */
class DailyCycleTest {
  private static final long DAY = 86_400_000L;
  private static final int WINDOWS_PER_DAY = (int) (DAY / Replay.W);

  @Test
  void dailyCycle_isNormalOnceLearned_andANightStepIsCaught() {
    AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), SeriesStateStore.inMemory());
    Traffic shop = new Traffic(Replay.CHECKOUT, 60, 0.003, 40, 0.5, 7);
    int stepAt = 2 * WINDOWS_PER_DAY + 3 * 360; // 03:00 on day three, at 6 requests a second
    List<Anomaly> firstDay = replay(engine, shop, 0, WINDOWS_PER_DAY, -1);
    List<Anomaly> secondDay = replay(engine, shop, WINDOWS_PER_DAY, stepAt, -1);
    List<Anomaly> night = replay(engine, shop, stepAt, stepAt + 60, stepAt);

    assertThat(firstDay).as("day one, the profile still learning").isEmpty();
    assertThat(secondDay).as("day two, to 3 a.m. on day three").isEmpty();
    assertThat(night).filteredOn(a -> a.state() == Anomaly.State.OPEN)
        .extracting(Anomaly::detector).containsExactlyInAnyOrder("latency.p99.increase", "latency.p50.increase");
    assertThat(night.get(0).lastSeen().toEpochMilli() - (Replay.T0 + stepAt * Replay.W))
        .as("time to detect").isLessThanOrEqualTo(3 * Replay.W);
  }

  /** Windows {@code from} to {@code to}; from {@code stepAt} on (if not negative) latency triples. */
  static List<Anomaly> replay(AnomalyEngine engine, Traffic traffic, int from, int to, int stepAt) {
    List<Anomaly> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      long start = Replay.T0 + i * Replay.W;
      WindowSummary w = traffic.window(start, Replay.W, stepAt >= 0 && i >= stepAt ? 3 : 1, 0);
      if (w != null) {
        Observations.of(w).forEach(o -> out.addAll(engine.accept(o)));
      }
      out.addAll(engine.advanceTo(start + Replay.W));
    }
    return out;
  }
}
