package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.SeriesKey;
import org.junit.jupiter.api.Test;

/** A deploy moves traffic from one version's series to the next; the new one is judged by the old one's normal. */
class VersionsTest {
  private static final SeriesKey V1 = new SeriesKey.Operation("cart", "GET /cart", "1.4.0");
  private static final SeriesKey V2 = new SeriesKey.Operation("cart", "GET /cart", "1.5.0");

  @Test
  void newVersion_thatIsSlower_isCaughtAtOnceAgainstTheOldVersionsBaseline() {
    AnomalyEngineFixture f = new AnomalyEngineFixture();
    for (int i = 0; i < 60; i++) {
      f.window(V1, i, 200, 0, 40 + i % 3, 100 + i % 7);
    }
    for (int i = 60; i < 66; i++) {
      f.window(V2, i, 200, 0, 160, 400);
    }
    assertThat(f.reported()).filteredOn(a -> a.state() == Anomaly.State.OPEN)
        .extracting(a -> a.series().id() + " " + a.detector())
        .containsExactlyInAnyOrder("op:cart|GET /cart|1.5.0 latency.p50.increase",
            "op:cart|GET /cart|1.5.0 latency.p99.increase");
  }

  @Test
  void oldVersion_fallingSilentAfterADeploy_isNoDrop() {
    AnomalyEngineFixture f = new AnomalyEngineFixture();
    for (int i = 0; i < 60; i++) {
      f.window(V1, i, 200, 0, 40, 100);
    }
    for (int i = 60; i < 120; i++) {
      f.window(V2, i, 200, 0, 40, 100);
    }
    assertThat(f.reported()).isEmpty();
  }

  @Test
  void rollingDeploy_drainingTheOldVersionGradually_isNoDrop() {
    AnomalyEngineFixture f = new AnomalyEngineFixture();
    for (int i = 0; i < 60; i++) {
      f.window(V1, i, 200, 0, 40, 100);
    }
    for (int i = 60; i < 90; i++) {
      long moved = (i - 59) * 200L / 30;
      f.window(V1, i, 200 - moved, 0, 40, 100);
      f.window(V2, i, moved, 0, 40, 100);
    }
    assertThat(f.reported()).filteredOn(a -> a.detector().equals("rate.drop")).isEmpty();
  }
}
