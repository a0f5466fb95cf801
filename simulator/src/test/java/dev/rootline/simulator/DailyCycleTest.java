package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DailyCycleTest {
  private static double at(String time) {
    return DailyCycle.share(Instant.parse("2026-03-02T" + time + "Z"));
  }

  @Test
  void share_isLowAtNightRampsUpInTheMorningAndPeaksInTheEvening() {
    assertThat(at("03:30:00")).isLessThan(0.1);
    assertThat(at("07:00:00")).isLessThan(at("09:00:00"));
    assertThat(at("09:00:00")).isLessThan(at("12:00:00"));
    assertThat(at("19:00:00")).isEqualTo(1.0);
    assertThat(at("23:00:00")).isLessThan(at("21:00:00"));
  }

  @Test
  void share_interpolatesBetweenHoursAndWrapsAtMidnight() {
    assertThat(at("08:30:00")).isStrictlyBetween(at("08:00:00"), at("09:00:00"));
    assertThat(at("23:59:59")).isCloseTo(at("00:00:00"), offset(0.01));
  }
}
