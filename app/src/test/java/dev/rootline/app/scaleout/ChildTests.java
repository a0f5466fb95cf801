package dev.rootline.app.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.anomaly.TopicSetup;
import dev.rootline.simulator.sink.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks and set-up the child-process tests share. */
final class ChildTests {
  static final String SERVICE = "productcatalog";

  private ChildTests() {}

  /** The OTLP topics with three partitions, so that two processes can share them. */
  static void otlpTopics(String bootstrapServers) {
    Topics t = Topics.DEFAULT;
    TopicSetup.ensure(bootstrapServers, List.of(t.spans(), t.metrics(), t.logs()), 3);
  }

  /**
   * Every report naming the service belongs to one incident, paged once: its first delivery is
   * revision 1, every later one a higher revision (an update). Delivery is at least once: a process
   * killed between the receiver's answer and the outbox's record of it sends that delivery again
   * after the restart, under the same {@code X-Rootline-Delivery} id, which receivers deduplicate
   * on (PagerDuty and Opsgenie by the incident's dedup key). Such a repeat, right after the first
   * sending of the same delivery and at most {@code killed} times, is not a page; anything else is.
   */
  static void assertOnePageThenUpdates(Deliveries deliveries, String incident, int killed) {
    List<Deliveries.Delivery> naming = deliveries.naming();
    assertThat(deliveries.incidentsNaming()).as("incidents naming " + SERVICE + ": " + naming)
        .containsExactly(incident);
    List<Deliveries.Delivery> ofIncident = deliveries.all().stream().filter(d -> d.incident().equals(incident)).toList();
    assertThat(ofIncident.get(0).revision()).as("the page").isEqualTo(1);
    int last = 0;
    int repeats = 0;
    for (Deliveries.Delivery d : ofIncident) {
      if (d.revision() == last) {
        repeats++;
        continue;
      }
      assertThat(d.revision()).as("revisions only go up: %s", ofIncident).isGreaterThan(last);
      last = d.revision();
    }
    assertThat(repeats).as("deliveries sent again after a kill: %s", ofIncident).isLessThanOrEqualTo(killed);
  }

  static int lastRevision(Deliveries deliveries, String incident) {
    return deliveries.all().stream().filter(d -> d.incident().equals(incident))
        .mapToInt(Deliveries.Delivery::revision).max().orElse(0);
  }

  /**
   * Waits until the process reports the second fault (productcatalog's p99 latency) as an anomaly,
   * then until the incident is revised after that: the new symptom carried by the same incident.
   */
  static void awaitSecondFaultInTheIncident(ChildRootline rootline, Deliveries deliveries, String incident) {
    await().atMost(Duration.ofSeconds(240)).until(() -> {
      String anomalies = rootline.get("/api/anomalies?service=" + SERVICE);
      return anomalies != null && anomalies.contains("\"latency_p99\"");
    });
    int before = lastRevision(deliveries, incident);
    await().atMost(Duration.ofSeconds(90))
        .until(() -> lastRevision(deliveries, incident) > before);
  }
}
