package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolloutsTest {
  @Test
  void next_bumpsThePatchOrTheMinorVersion() {
    assertThat(Rollouts.next("1.4.2", false)).isEqualTo("1.4.3");
    assertThat(Rollouts.next("1.4.2", true)).isEqualTo("1.5.0");
  }

  @Test
  void next_appendsToAVersionThatIsNotSemantic() {
    assertThat(Rollouts.next("2024-06-build7", false)).isEqualTo("2024-06-build7.1");
    assertThat(Rollouts.next("1.x.0", true)).isEqualTo("1.x.0.1");
  }
}
