package dev.rootline.ingest.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlingTest {
  private final Settling settling = new Settling(5_000);

  @Test
  void at_isSettledOnlyAfterStayingCaughtUpForTheSettleTime() {
    assertThat(settling.at(false, 0)).isFalse();
    assertThat(settling.at(true, 1_000)).isFalse();
    assertThat(settling.at(true, 5_999)).isFalse();
    assertThat(settling.at(true, 6_000)).isTrue();
  }

  @Test
  void at_startsOverWhenTheSourceFallsBehind() {
    settling.at(true, 0);
    assertThat(settling.at(true, 5_000)).isTrue();
    assertThat(settling.at(false, 6_000)).isFalse();
    assertThat(settling.at(true, 7_000)).isFalse();
    assertThat(settling.at(true, 12_000)).isTrue();
  }

  @Test
  void at_withNoSettleTimeIsSettledWhenCaughtUp() {
    Settling immediate = new Settling(0);
    assertThat(immediate.at(true, 0)).isTrue();
    assertThat(immediate.at(false, 1)).isFalse();
  }
}
