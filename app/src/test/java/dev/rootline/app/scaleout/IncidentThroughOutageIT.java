package dev.rootline.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.faults.RestartableBroker;
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
 * An incident carried through a broker outage: the broker goes away after the first page and comes
 * back on the same port and log; the shop's producer holds its records meanwhile. The incident is
 * revised under the same id afterwards, and nothing is paged or delivered twice.
 */
class IncidentThroughOutageIT {
  private static RestartableBroker broker;
  private static Deliveries deliveries;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    broker = new RestartableBroker().start();
    ChildTests.otlpTopics(broker.bootstrapServers());
    deliveries = new Deliveries(ChildTests.SERVICE);
    dir = Files.createTempDirectory("rootline-outage-incident");
  }

  @AfterAll
  static void stop() {
    deliveries.close();
    broker.close();
  }

  @Test
  void brokerDownAndBackMidIncident_theIncidentGoesOn_withoutADuplicateReportOrPage() {
    Map<String, String> config = ChildConfig.child(broker.bootstrapServers(), dir.resolve("streams"), deliveries.url());
    config.put("rootline.store.url", "jdbc:h2:file:" + dir.resolve("rootline")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    ChildRootline rootline = ChildRootline.start("IncidentThroughOutageIT", config);
    LiveShop shop = null;
    try {
      await().atMost(Duration.ofSeconds(120)).until(rootline::ready);
      Instant live = Instant.now();
      shop = LiveShop.start(broker.bootstrapServers(), live.minus(ChildConfig.HISTORY), 20, ChildConfig.faults(live));
      await().atMost(Duration.ofSeconds(150)).until(() -> !deliveries.naming().isEmpty());
      String incident = deliveries.naming().get(0).incident();
      int beforeOutage = ChildTests.lastRevision(deliveries, incident);

      broker.stop();
      // The outage lasts until Rootline has noticed it (readiness fails), and at least 15 s.
      Instant down = Instant.now();
      await().atMost(Duration.ofSeconds(60)).until(() -> !rootline.ready());
      await().atMost(Duration.ofSeconds(30)).until(() -> Duration.between(down, Instant.now()).toSeconds() >= 15);
      broker.start();

      await().atMost(Duration.ofSeconds(90)).until(rootline::ready);
      ChildTests.awaitSecondFaultInTheIncident(rootline, deliveries, incident);
      assertThat(ChildTests.lastRevision(deliveries, incident)).isGreaterThan(beforeOutage);
      System.out.println(getClass().getSimpleName() + " deliveries (incident/revision, in order): " + deliveries.all());
      ChildTests.assertOnePageThenUpdates(deliveries, incident, 0);
      assertThat(rootline.metric("rootline_rca_leader")).isEqualTo(1);
    } finally {
      if (shop != null) {
        shop.close();
      }
      rootline.close();
    }
  }
}
