package dev.rootline.app.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.anomaly.TopicSetup;
import dev.rootline.app.kafka.EmbeddedBroker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two processes' elections in one group on a real broker: one leads; when it leaves, the other does. */
class LeaderElectionIT {
  private static final String TOPIC = "election.leader";
  private static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start();
    TopicSetup.ensure(broker.bootstrapServers(), List.of(TOPIC), 1);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static LeaderElection join() {
    return new LeaderElection(broker.bootstrapServers(), "election-test", TOPIC, Duration.ofSeconds(6));
  }

  @Test
  void exactlyOneLeads_andTheOtherTakesOverWhenItLeaves() {
    try (LeaderElection first = join(); LeaderElection second = join()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> first.isLeader() || second.isLeader());
      // Through the rebalance that the second member's joining caused, the two never both lead.
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
          .until(() -> first.isLeader() ^ second.isLeader());
      LeaderElection leading = first.isLeader() ? first : second;
      LeaderElection standing = leading == first ? second : first;

      leading.close();

      assertThat(leading.isLeader()).isFalse();
      await().atMost(Duration.ofSeconds(20)).until(standing::isLeader);
      assertThat(standing.elections()).isEqualTo(1);
    }
  }
}
