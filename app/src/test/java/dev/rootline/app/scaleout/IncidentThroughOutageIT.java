package dev.rootline.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.faults.RestartableBroker;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An incident carried through a broker outage by two replicas sharing the partitions and one
 * PostgreSQL store: the broker goes away after the first page and comes back on the same port and
 * log; the shop's producer holds its records meanwhile. The incident is revised under the same id
 * afterwards, nothing is paged or delivered twice, and every replica's share of the windows that
 * the outage held back is merged, none dropped as late (ADR 018).
 */
class IncidentThroughOutageIT {
  private static RestartableBroker broker;
  private static Replicas replicas;
  private static Deliveries deliveries;

  @BeforeAll
  static void start() throws IOException {
    broker = new RestartableBroker().start();
    replicas = Replicas.on(broker.bootstrapServers(), IncidentThroughOutageIT.class);
    deliveries = replicas.deliveries();
  }

  @AfterAll
  static void stop() throws IOException {
    replicas.close();
    broker.close();
  }

  @Test
  void brokerDownAndBackMidIncident_theIncidentGoesOn_withoutADuplicateReportOrPage_orALatePartial() {
    ChildRootline a = replicas.start("a");
    ChildRootline b = replicas.start("b");
    LiveShop shop = null;
    try {
      await().atMost(Duration.ofSeconds(150)).until(() -> a.ready() && b.ready());
      Instant live = Instant.now();
      shop = LiveShop.start(broker.bootstrapServers(), live.minus(ChildConfig.HISTORY), 20, ChildConfig.faults(live));
      await().atMost(Duration.ofSeconds(150)).until(() -> !deliveries.naming().isEmpty());
      String incident = deliveries.naming().get(0).incident();
      int beforeOutage = ChildTests.lastRevision(deliveries, incident);
      String partialsBefore = PartialCounts.describe(a, b);
      double lateBefore = PartialCounts.late(a, b);

      broker.stop();
      // The outage lasts until both have noticed it (readiness fails), and at least 15 s.
      Instant down = Instant.now();
      await().atMost(Duration.ofSeconds(60)).until(() -> !a.ready() && !b.ready());
      await().atMost(Duration.ofSeconds(30)).until(() -> Duration.between(down, Instant.now()).toSeconds() >= 15);
      broker.start();
      Instant back = Instant.now();

      await().atMost(Duration.ofSeconds(90)).until(() -> a.ready() && b.ready());
      ChildTests.awaitSecondFaultInTheIncident(a, deliveries, incident); // each replica reads every anomaly
      assertThat(ChildTests.lastRevision(deliveries, incident)).isGreaterThan(beforeOutage);
      System.out.println(getClass().getSimpleName() + " partial windows before the outage: " + partialsBefore
          + Duration.between(back, Instant.now()).toSeconds() + " s after the broker's return: " + PartialCounts.describe(a, b));
      System.out.println(getClass().getSimpleName() + " deliveries (incident/revision, in order): " + deliveries.all());
      ChildTests.assertOnePageThenUpdates(deliveries, incident, 0);
      assertThat(a.metric("rootline_rca_leader") + b.metric("rootline_rca_leader")).isEqualTo(1);
      assertThat(PartialCounts.late(a, b)).as("partials late after the outage").isEqualTo(lateBefore);
    } finally {
      if (shop != null) {
        shop.close();
      }
      a.close();
      b.close();
    }
  }
}
