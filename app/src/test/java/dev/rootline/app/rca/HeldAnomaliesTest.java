package dev.rootline.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldAnomaliesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private final List<String> handedOn = new ArrayList<>();
  private final HeldAnomalies held = new HeldAnomalies(10, a -> handedOn.add(a.series().service() + ":" + a.state()));

  private static Anomaly anomaly(String service, int onsetSeconds, Anomaly.State state) {
    SeriesKey series = new SeriesKey.Operation(service, "GET /", "1.0");
    Instant onset = T0.plusSeconds(onsetSeconds);
    return new Anomaly(Anomaly.idOf(series, "error_ratio", onset), series, "error_ratio", "error_ratio.increase",
        Anomaly.Direction.UP, state, onset, onset.plusSeconds(30), 1, 0, 5, "ratio", service);
  }

  @Test
  void offer_holdsUntilCaughtUp_thenHandsOnInOnsetOrder_keepingOneAnomalysUpdatesInOrder() {
    held.offer(anomaly("frontend", 20, Anomaly.State.OPEN), false);
    held.offer(anomaly("payment", 0, Anomaly.State.OPEN), false);
    held.offer(anomaly("frontend", 20, Anomaly.State.RESOLVED), false);
    assertThat(handedOn).isEmpty();

    held.offer(anomaly("search", 5, Anomaly.State.OPEN), true);

    assertThat(handedOn).containsExactly("payment:OPEN", "frontend:OPEN", "frontend:RESOLVED", "search:OPEN");
  }

  @Test
  void release_handsOnWhatIsHeld_once() {
    held.offer(anomaly("payment", 0, Anomaly.State.OPEN), false);
    held.release();
    held.release();
    held.offer(anomaly("payment", 0, Anomaly.State.RESOLVED), false);

    assertThat(handedOn).containsExactly("payment:OPEN", "payment:RESOLVED");
  }
}
