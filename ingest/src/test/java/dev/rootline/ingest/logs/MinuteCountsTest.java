package dev.rootline.ingest.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteCountsTest {
  private final MinuteCounts counts = new MinuteCounts(5);

  @Test
  void add_countsAllAndErrorsPerMinuteAndForgetsMinutesThatLeftTheRing() {
    counts.add(100, true);
    counts.add(101, false);
    counts.add(101, true);
    assertThat(counts.sum(100, 101)).isEqualTo(new MinuteCounts.Sum(3, 2));
    counts.add(105, false);
    assertThat(counts.sum(0, 200)).isEqualTo(new MinuteCounts.Sum(3, 1));
    counts.add(112, false);
    assertThat(counts.sum(0, 200)).isEqualTo(new MinuteCounts.Sum(1, 0));
  }

  @Test
  void add_refusesAMinuteOlderThanTheRingButTakesALateOneInside() {
    counts.add(110, false);
    assertThat(counts.add(105, false)).isFalse();
    assertThat(counts.add(106, true)).isTrue();
    assertThat(counts.sum(106, 106)).isEqualTo(new MinuteCounts.Sum(1, 1));
    assertThat(counts.sum(107, 109)).isEqualTo(new MinuteCounts.Sum(0, 0));
  }
}
