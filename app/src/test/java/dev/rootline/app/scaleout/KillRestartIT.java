package dev.rootline.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.kafka.EmbeddedBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rootline killed with SIGKILL mid-incident and started again on the same broker, state directory
 * and H2 file: the incident goes on under the same id, its revisions continue, nobody is paged again.
 * One real child process at a time; the shop sends live traffic throughout.
 */
class KillRestartIT {
  private static EmbeddedBroker broker;
  private static Deliveries deliveries;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    broker = EmbeddedBroker.start();
    ChildTests.otlpTopics(broker.bootstrapServers());
    deliveries = new Deliveries(ChildTests.SERVICE);
    dir = Files.createTempDirectory("rootline-kill-restart");
  }

  @AfterAll
  static void stop() {
    deliveries.close();
    broker.close();
  }

  @Test
  void sigkillMidIncident_theRestartedProcessContinuesTheIncident_withoutASecondPage() {
    Map<String, String> config = ChildConfig.child(broker.bootstrapServers(), dir.resolve("streams"), deliveries.url());
    config.put("rootline.store.url", "jdbc:h2:file:" + dir.resolve("rootline")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    ChildRootline first = ChildRootline.start("KillRestartIT-first", config);
    ChildRootline second = null;
    LiveShop shop = null;
    try {
      await().atMost(Duration.ofSeconds(120)).until(first::ready);
      Instant live = Instant.now();
      shop = LiveShop.start(broker.bootstrapServers(), live.minus(ChildConfig.HISTORY), 20, ChildConfig.faults(live));
      await().atMost(Duration.ofSeconds(150)).until(() -> !deliveries.naming().isEmpty());
      String incident = deliveries.naming().get(0).incident();

      first.kill();
      int beforeKill = ChildTests.lastRevision(deliveries, incident);
      second = ChildRootline.start("KillRestartIT-second", config);
      await().atMost(Duration.ofSeconds(120)).until(second::ready);
      ChildRootline restarted = second;
      // The restarted process rebuilds the incident from the reread topics; the second fault
      // (latency) begins after the kill: a new symptom of the same incident, so a new revision.
      ChildTests.awaitSecondFaultInTheIncident(restarted, deliveries, incident);
      assertThat(ChildTests.lastRevision(deliveries, incident)).isGreaterThan(beforeKill);
      System.out.println(getClass().getSimpleName() + " deliveries (incident/revision, in order): " + deliveries.all());
      ChildTests.assertOnePageThenUpdates(deliveries, incident, 1);
      assertThat(restarted.metric("rootline_rca_leader")).isEqualTo(1);
      assertThat(restarted.get("/api/incidents/" + incident))
          .containsPattern("\"revision\"\\s*:\\s*" + ChildTests.lastRevision(deliveries, incident) + "\\b");
    } finally {
      if (shop != null) {
        shop.close();
      }
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }
}
