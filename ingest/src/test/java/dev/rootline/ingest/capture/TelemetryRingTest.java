package dev.rootline.ingest.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryRingTest {
  private static final long MINUTE = 60_000;

  /** Items are their own event time. */
  private static TelemetryRing<Long> ring(int capacity, long retention) {
    return new TelemetryRing<>(capacity, retention, Long::longValue);
  }

  @Test
  void addAll_beyondCapacity_evictsTheOldestAndCountsThem() {
    TelemetryRing<Long> ring = ring(3, 60 * MINUTE);

    ring.addAll(List.of(1L, 2L, 3L, 4L, 5L));

    assertThat(ring.slice(0, Long.MAX_VALUE)).containsExactly(3L, 4L, 5L);
    assertThat(ring.evicted()).isEqualTo(2);
  }

  @Test
  void addAll_olderThanTheRetention_evictsByEventTime() {
    TelemetryRing<Long> ring = ring(100, 40 * MINUTE);
    ring.addAll(List.of(0L, 10 * MINUTE, 20 * MINUTE));

    ring.addAll(List.of(45 * MINUTE));

    assertThat(ring.slice(0, Long.MAX_VALUE)).containsExactly(10 * MINUTE, 20 * MINUTE, 45 * MINUTE);
    assertThat(ring.evicted()).isEqualTo(1);
    assertThat(ring.newestMillis()).isEqualTo(45 * MINUTE);
  }

  @Test
  void slice_keepsEventTimesFromInclusiveToExclusiveInArrivalOrder() {
    TelemetryRing<Long> ring = ring(100, 60 * MINUTE);
    ring.addAll(List.of(5L, 1L, 3L, 2L, 4L));

    assertThat(ring.slice(2, 5)).containsExactly(3L, 2L, 4L);
    assertThat(ring.slice(6, 9)).isEmpty();
    assertThat(ring.size()).isEqualTo(5);
  }

  @Test
  void newRing_withoutRoom_isRefused() {
    assertThatThrownBy(() -> ring(0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
  }
}
