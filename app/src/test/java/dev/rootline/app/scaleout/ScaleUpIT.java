package dev.rootline.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.kafka.EmbeddedBroker;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A replica added mid-incident, as an autoscaler adds one: it joins the consumer groups of the one
 * already running, takes a share of the partitions, and the incident goes on under the same id
 * with one page; every replica's share of a window is merged, none dropped as late (ADR 018).
 */
class ScaleUpIT {
  private static EmbeddedBroker broker;
  private static Replicas replicas;
  private static Deliveries deliveries;

  @BeforeAll
  static void start() throws IOException {
    broker = EmbeddedBroker.start();
    replicas = Replicas.on(broker.bootstrapServers(), ScaleUpIT.class);
    deliveries = replicas.deliveries();
  }

  @AfterAll
  static void stop() throws IOException {
    replicas.close();
    broker.close();
  }

  private static double spans(ChildRootline replica) {
    return replica.metric("rootline_ingest_records_total", "signal", "spans", "outcome", "ok");
  }

  @Test
  void aReplicaAddedMidIncident_takesAShare_andTheIncidentGoesOnWithOnePage_withoutALatePartial() {
    ChildRootline a = replicas.start("a");
    ChildRootline b = null;
    LiveShop shop = null;
    try {
      await().atMost(Duration.ofSeconds(120)).until(a::ready);
      Instant live = Instant.now();
      shop = LiveShop.start(broker.bootstrapServers(), live.minus(ChildConfig.HISTORY), 20, ChildConfig.faults(live));
      await().atMost(Duration.ofSeconds(150)).until(() -> !deliveries.naming().isEmpty());
      String incident = deliveries.naming().get(0).incident();
      int beforeScaleUp = ChildTests.lastRevision(deliveries, incident);

      ChildRootline added = replicas.start("b");
      b = added;
      await().atMost(Duration.ofSeconds(120)).until(added::ready);
      Instant joined = Instant.now();
      // The added replica reads a share of the spans; the first one reads on.
      double aSpans = spans(a);
      await().atMost(Duration.ofSeconds(60)).until(() -> spans(added) > 0 && spans(a) > aSpans);
      await().atMost(Duration.ofSeconds(60)).until(() -> a.metric("rootline_rca_leader") + added.metric("rootline_rca_leader") == 1);

      ChildTests.awaitSecondFaultInTheIncident(a, deliveries, incident); // each replica reads every anomaly
      assertThat(ChildTests.lastRevision(deliveries, incident)).isGreaterThan(beforeScaleUp);
      System.out.println(getClass().getSimpleName() + " " + Duration.between(joined, Instant.now()).toSeconds()
          + " s after the second replica was ready: spans read " + (long) spans(a) + " / " + (long) spans(added)
          + ", observations " + (long) a.metric("rootline_anomaly_observations_total") + " / "
          + (long) added.metric("rootline_anomaly_observations_total") + "; partial windows: " + PartialCounts.describe(a, added));
      System.out.println(getClass().getSimpleName() + " deliveries (incident/revision, in order): " + deliveries.all());
      ChildTests.assertOnePageThenUpdates(deliveries, incident, 0);
      assertThat(PartialCounts.late(a, added)).as("partials late").isZero();
    } finally {
      if (shop != null) {
        shop.close();
      }
      a.close();
      if (b != null) {
        b.close();
      }
    }
  }
}
