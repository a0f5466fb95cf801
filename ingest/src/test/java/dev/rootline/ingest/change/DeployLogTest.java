package dev.rootline.ingest.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeployLogTest {

  @Test
  void anEventSentTwice_isKeptOnce_whileAnotherAtTheSameTimeIsKept() {
    DeployLog log = new DeployLog(10);
    DeployEvent deploy = deploy("checkout", "2.0.0", 1_000);

    log.add(deploy);
    log.add(deploy("checkout", "2.0.0", 1_000)); // the same event, read again
    log.add(deploy("payments", "1.1.0", 1_000));

    assertThat(log.recent()).containsExactly(deploy, deploy("payments", "1.1.0", 1_000));
  }

  @Test
  void atCapacity_theEldestGivesWay() {
    DeployLog log = new DeployLog(2);
    log.add(deploy("a", "1", 1_000));
    log.add(deploy("b", "1", 2_000));
    log.add(deploy("c", "1", 3_000));

    assertThat(log.recent()).extracting(DeployEvent::service).containsExactly("b", "c");
  }

  private static DeployEvent deploy(String service, String version, long atMillis) {
    return new DeployEvent(service, version, null, "prod", ChangeKind.DEPLOY, Instant.ofEpochMilli(atMillis),
        null, null, null, DeployEvent.Source.REPORTED);
  }
}
