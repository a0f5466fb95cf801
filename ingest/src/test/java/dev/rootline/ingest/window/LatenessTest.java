package dev.rootline.ingest.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatenessTest {
  private static final long MINUTE = 60_000;

  private final Lateness lateness = Lateness.learned(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.999);

  @Test
  void grace_isTheMaximumUntilEnoughSpansAreSeen() {
    record(lateness, 9_999, 0);
    assertThat(lateness.graceMillis()).isEqualTo(5_000);
    lateness.record(0);
    assertThat(lateness.graceMillis()).isEqualTo(1_000);
  }

  @Test
  void grace_isTheQuantilesBucketEdgePlusTheMargin() {
    record(lateness, 9_980, 0);
    record(lateness, 20, 2_950); // 0.2 %: above the 0.999 quantile's share, so it sets the grace
    // 2,950 ms lies in the bucket [2,900, 3,000): its upper edge plus the 250 ms margin.
    assertThat(lateness.graceMillis()).isEqualTo(3_250);
  }

  @Test
  void grace_ignoresATailSmallerThanOneMinusTheQuantile() {
    record(lateness, 9_995, 300);
    record(lateness, 5, 4_000); // 0.05 %: the grace does not wait for these
    assertThat(lateness.graceMillis()).isEqualTo(1_000); // 400 + 250 ms, raised to the floor
  }

  @Test
  void grace_isClampedToTheMaximum() {
    record(lateness, 10_000, 4_900); // 5,000 + 250 ms
    assertThat(lateness.graceMillis()).isEqualTo(5_000);
    record(lateness, 10_000, 3_600_000); // the overflow bucket
    assertThat(lateness.graceMillis()).isEqualTo(5_000);
  }

  @Test
  void grace_countsNegativeLatenessAsNotBehind() {
    record(lateness, 10_000, -3_000);
    assertThat(lateness.graceMillis()).isEqualTo(1_000);
  }

  @Test
  void rotate_forgetsSlotsOlderThanTenMinutes() {
    lateness.rotateTo(0);
    record(lateness, 10_000, 3_000);
    lateness.rotateTo(5 * MINUTE);
    record(lateness, 10_000, 0);
    assertThat(lateness.graceMillis()).isEqualTo(3_350); // both minutes are still remembered

    lateness.rotateTo(10 * MINUTE - 1);
    assertThat(lateness.samples()).isEqualTo(20_000);
    lateness.rotateTo(10 * MINUTE);
    assertThat(lateness.samples()).isEqualTo(10_000);
    assertThat(lateness.graceMillis()).isEqualTo(1_000);
  }

  @Test
  void rotate_backwardsChangesNothingAndAJumpForgetsAll() {
    lateness.rotateTo(30 * MINUTE);
    record(lateness, 10_000, 0);
    lateness.rotateTo(0);
    assertThat(lateness.samples()).isEqualTo(10_000);
    lateness.rotateTo(24 * 60 * MINUTE);
    assertThat(lateness.samples()).isZero();
    assertThat(lateness.graceMillis()).isEqualTo(5_000);
  }

  @Test
  void fixed_learnsNothing() {
    Lateness fixed = Lateness.fixed(Duration.ofSeconds(5));
    record(fixed, 20_000, 0);
    assertThat(fixed.samples()).isZero();
    assertThat(fixed.graceMillis()).isEqualTo(5_000);
  }

  @Test
  void learned_widensBucketsForALargeMaximum() {
    Lateness hour = Lateness.learned(Duration.ZERO, Duration.ofHours(1), 0.5);
    record(hour, 10_000, 0);
    assertThat(hour.graceMillis()).isEqualTo(3_600 + 250); // one bucket of 3.6 s, not 100 ms
  }

  @Test
  void learned_rejectsAFloorAboveTheMaximumAndABadQuantile() {
    assertThatThrownBy(() -> Lateness.learned(Duration.ofSeconds(6), Duration.ofSeconds(5), 0.999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lateness.learned(Duration.ofSeconds(1), Duration.ofSeconds(5), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lateness.learned(Duration.ofSeconds(1), Duration.ofSeconds(5), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void record(Lateness lateness, int spans, long latenessMillis) {
    for (int i = 0; i < spans; i++) {
      lateness.record(latenessMillis);
    }
  }
}
