package dev.rootline.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CatchUpTest {
  private final CatchUp catchUp = new CatchUp(Set.of("windows", "anomalies"), 0, 120_000);

  @Test
  void done_waitsForEveryExpectedTopicToBeAssigned() {
    catchUp.expect("windows", 0, 5, 5);

    assertThat(catchUp.done(1_000)).isFalse();
    catchUp.expect("anomalies", 0, 0, 0);
    assertThat(catchUp.done(1_000)).isTrue();
  }

  @Test
  void done_waitsUntilEachPartitionIsReadToTheEndItHadWhenAssigned() {
    catchUp.expect("windows", 0, 10, 20);
    catchUp.expect("windows", 1, 3, 3);
    catchUp.expect("anomalies", 0, 0, 2);

    catchUp.seen("windows", 0, 18);
    catchUp.seen("anomalies", 0, 1);
    assertThat(catchUp.done(1_000)).isFalse();
    catchUp.seen("windows", 0, 19);
    assertThat(catchUp.done(1_000)).isTrue();
  }

  @Test
  void done_givesUpWaitingAfterTheTimeout_andStaysDone() {
    catchUp.expect("windows", 0, 0, 100);

    assertThat(catchUp.done(119_999)).isFalse();
    assertThat(catchUp.done(120_000)).isTrue();
    catchUp.expect("windows", 0, 0, 200);
    assertThat(catchUp.done(120_001)).isTrue();
  }
}
