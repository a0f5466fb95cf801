package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.rca.incident.IncidentTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final long WAIT = 5_000;

  // frontend -> checkout -> payment, learnt as the test goes
  private final Map<String, Set<String>> graph = new HashMap<>();
  private final IncidentTracker tracker =
      new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> graph.getOrDefault(s, Set.of()));
  private final Pages pages = new Pages(tracker, WAIT);

  private void learnGraph() {
    graph.put("frontend", Set.of("checkout"));
    graph.put("checkout", Set.of("frontend", "payment"));
    graph.put("payment", Set.of("checkout"));
  }

  /** What the replay does with an anomaly reported at {@code seconds} after T0. */
  private String report(String service, int seconds) {
    SeriesKey series = new SeriesKey.Operation(service, "GET /", "1.0");
    Instant onset = T0.plusSeconds(seconds);
    Anomaly anomaly = new Anomaly(Anomaly.idOf(series, "error_ratio", onset), series, "error_ratio",
        "error_ratio.increase", Anomaly.Direction.UP, Anomaly.State.OPEN, onset, onset.plusSeconds(10), 1, 0, 5,
        "ratio", service + " errors");
    advance(seconds);
    tracker.accept(anomaly);
    tracker.regroup();
    pages.anomaly(anomaly.id(), millis(seconds));
    return anomaly.id();
  }

  private void advance(int seconds) {
    pages.advanceTo(millis(seconds));
    tracker.advanceTo(millis(seconds));
  }

  private static long millis(int seconds) {
    return T0.plusSeconds(seconds).toEpochMilli();
  }

  @Test
  void aFaultWhoseAnomaliesComeWithinTheGroupWait_pagesOnce_evenWhenTheLinkComesLast() {
    learnGraph();
    String payment = report("payment", 0);
    String frontend = report("frontend", 1); // not linked to payment until checkout comes
    String checkout = report("checkout", 3);
    advance(4);
    assertThat(pages.pageOfAnomaly()).isEmpty(); // nothing announced within the wait

    advance(6);

    assertThat(pages.pageOfAnomaly()).containsOnlyKeys(payment, frontend, checkout);
    assertThat(Set.copyOf(pages.pageOfAnomaly().values())).hasSize(1);
  }

  @Test
  void anAnomalyThatJoinsAnAnnouncedIncident_goesOutUnderItsPage() {
    learnGraph();
    String payment = report("payment", 0);
    advance(6);
    String checkout = report("checkout", 30);

    assertThat(pages.pageOfAnomaly().get(checkout)).isEqualTo(pages.pageOfAnomaly().get(payment)).isNotNull();
  }

  @Test
  void twoIncidentsAnnouncedBeforeTheLinkWasKnown_pageTwice() {
    String payment = report("payment", 0);
    String frontend = report("frontend", 1);
    advance(7); // both announced apart: no call graph yet
    learnGraph();
    String checkout = report("checkout", 20);
    advance(30);

    Map<String, String> paged = pages.pageOfAnomaly();
    assertThat(paged).containsOnlyKeys(payment, frontend, checkout);
    assertThat(Set.copyOf(paged.values())).hasSize(2);
    assertThat(paged.get(payment)).isNotEqualTo(paged.get(frontend));
    assertThat(tracker.open()).hasSize(2); // announced incidents are not joined afterwards
  }

  @Test
  void theSameTwoIncidents_pageOnce_whenTheLinkCameWithinTheWait() {
    report("payment", 0);
    report("frontend", 1);
    learnGraph();
    report("checkout", 4);
    advance(30);

    assertThat(Set.copyOf(pages.pageOfAnomaly().values())).hasSize(1);
  }
}
