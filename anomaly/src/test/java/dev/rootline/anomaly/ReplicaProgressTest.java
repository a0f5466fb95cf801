package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far each replica has closed a source's windows, and which replicas are still waited for. */
class ReplicaProgressTest {
  private static final long EXPIRY = 30_000;
  private static final long MINUTE = 60_000;

  private final ReplicaProgress progress = new ReplicaProgress(EXPIRY);

  @Test
  void theSlowestReplicaHeardFromSaysHowFarAllHaveClosed() {
    progress.note(sender("a", 5 * MINUTE), 0);
    progress.note(sender("b", 3 * MINUTE), 0);
    progress.note(sender("b", 2 * MINUTE), 500); // a partial of an older window says no less

    assertThat(progress.closedThrough("spans")).isEqualTo(3 * MINUTE);
    assertThat(progress.closedThrough("logs")).isEqualTo(ReplicaProgress.UNKNOWN);
  }

  @Test
  void aStoppedReplicaIsNotTakenAsBehindLongerThanTheExpiry_evenWithLongWindows() {
    progress.note(sender("b", 2 * MINUTE), 0); // B stops here
    for (int s = 1; s <= 40; s++) { // A speaks every second for 40 s
      progress.note(sender("a", 4 * MINUTE), s * 1_000L);
      if (s == 20) {
        assertThat(progress.someBehind("spans", "a", 3 * MINUTE, 2 * MINUTE)).isTrue();
      }
    }
    // Two 60 s windows would still count B as lately heard; the expiry has forgotten it.
    assertThat(progress.someBehind("spans", "a", 3 * MINUTE, 2 * MINUTE)).isFalse();
    assertThat(progress.closedThrough("spans")).isEqualTo(4 * MINUTE);
  }

  private static PartialWindows.Sender sender(String replica, long closedThrough) {
    return new PartialWindows.Sender("spans", 1_000, replica, closedThrough);
  }
}
