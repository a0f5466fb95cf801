package dev.rootline.rca.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentTrackerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  // frontend -> checkout -> payment; search stands alone
  private static final Map<String, Set<String>> GRAPH = Map.of(
      "frontend", Set.of("checkout"), "checkout", Set.of("frontend", "payment"), "payment", Set.of("checkout"),
      "search", Set.of());

  private final IncidentTracker tracker =
      new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> GRAPH.getOrDefault(s, Set.of()));

  private static Anomaly anomaly(String service, String signal, int onsetSeconds, Anomaly.State state) {
    SeriesKey series = new SeriesKey.Operation(service, "GET /", "1.0");
    Instant onset = T0.plusSeconds(onsetSeconds);
    return new Anomaly(Anomaly.idOf(series, signal, onset), series, signal, signal + ".increase", Anomaly.Direction.UP,
        state, onset, onset.plusSeconds(30), 1, 0, 5, "ratio", service + " " + signal);
  }

  @Test
  void accept_groupsAFloodOfConnectedAnomaliesIntoOneIncident() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN));
    List<Incident> last = tracker.accept(anomaly("frontend", "latency_p99", 40, Anomaly.State.OPEN));

    assertThat(tracker.open()).hasSize(1);
    assertThat(last.get(0).services()).containsExactly("checkout", "frontend", "payment");
    assertThat(last.get(0).state()).isEqualTo(Incident.State.UPDATED);
    assertThat(last.get(0).onset()).isEqualTo(T0);
  }

  @Test
  void accept_keepsUnrelatedFaultsApart_evenAtTheSameTime() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("search", "latency_p99", 10, Anomaly.State.OPEN));

    assertThat(tracker.open()).extracting(Incident::services)
        .containsExactlyInAnyOrder(List.of("payment"), List.of("search"));
  }

  @Test
  void accept_opensANewIncident_whenTheLastOneWentQuietLongAgo() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("checkout", "error_ratio", 3600, Anomaly.State.OPEN));

    assertThat(tracker.open()).hasSize(2);
  }

  @Test
  void advanceTo_resolvesAnIncidentOnceItsAnomaliesResolvedAndQuietPassed() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.RESOLVED));

    assertThat(tracker.advanceTo(T0.plusSeconds(60).toEpochMilli())).isEmpty();
    List<Incident> resolved = tracker.advanceTo(T0.plus(Duration.ofMinutes(6)).toEpochMilli());

    assertThat(resolved).singleElement().satisfies(i -> {
      assertThat(i.state()).isEqualTo(Incident.State.RESOLVED);
      assertThat(i.resolved()).isNotNull();
    });
    assertThat(tracker.open()).isEmpty();
  }

  @Test
  void accept_reportsNothingNew_whenAnAnomalyIsOnlyUpdated() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.ONGOING));

    assertThat(tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.ONGOING))).isEmpty();
  }

  @Test
  void accept_resolvesTheOldestEarly_whenTooManyAreOpen() {
    IncidentTracker small = new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 1, s -> Set.of());
    small.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));

    List<Incident> changed = small.accept(anomaly("search", "error_ratio", 10, Anomaly.State.OPEN));

    assertThat(changed).extracting(Incident::state).containsExactly(Incident.State.RESOLVED, Incident.State.OPEN);
    assertThat(small.open()).hasSize(1);
  }

  @Test
  void accept_namesTheIncidentByItsEarliestAnomaly_whateverOrderTheyArriveIn() {
    IncidentTracker other =
        new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> GRAPH.getOrDefault(s, Set.of()));
    Anomaly payment = anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN);
    Anomaly checkout = anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN);

    tracker.accept(payment);
    tracker.accept(checkout);
    other.accept(checkout);
    other.accept(payment);

    assertThat(other.open()).singleElement().extracting(Incident::id)
        .isEqualTo(tracker.open().get(0).id());
  }

  @Test
  void announce_keepsTheId_whenAnEarlierAnomalyArrivesLater() {
    tracker.accept(anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN));
    String announced = tracker.open().get(0).id();
    tracker.announce(announced);

    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));

    assertThat(tracker.open()).singleElement().satisfies(incident -> {
      assertThat(incident.id()).isEqualTo(announced);
      assertThat(incident.onset()).isEqualTo(T0);
    });
  }

  @Test
  void regroup_joinsIncidentsThatALaterAnomalyLinks_intoWhatEveryOtherOrderGives() {
    Anomaly frontend = anomaly("frontend", "error_ratio", 0, Anomaly.State.OPEN);
    Anomaly payment = anomaly("payment", "error_ratio", 10, Anomaly.State.OPEN);
    Anomaly checkout = anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN);
    tracker.accept(frontend);
    tracker.accept(payment);
    tracker.accept(checkout);
    assertThat(tracker.open()).as("apart until regrouped").hasSize(2);

    List<IncidentTracker.Merge> merges = tracker.regroup();

    IncidentTracker linkFirst =
        new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> GRAPH.getOrDefault(s, Set.of()));
    linkFirst.accept(checkout);
    linkFirst.accept(payment);
    linkFirst.accept(frontend);
    Incident expected = linkFirst.open().get(0);
    assertThat(tracker.open()).singleElement().satisfies(incident -> {
      assertThat(incident.id()).isEqualTo(expected.id());
      assertThat(incident.services()).containsExactly("checkout", "frontend", "payment");
      assertThat(incident.symptoms()).hasSize(3);
    });
    assertThat(merges).singleElement().satisfies(merge -> {
      assertThat(merge.into()).isEqualTo(expected.id());
      assertThat(merge.from()).isNotEqualTo(merge.partner()); // the two incidents as they were named apart
      assertThat(List.of(merge.from(), merge.partner())).contains(expected.id()); // named after the earliest anomaly
    });
  }

  @Test
  void regroup_joinsIncidents_onceTheGraphLinksThem() {
    Map<String, Set<String>> graph = new HashMap<>();
    IncidentTracker learning =
        new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> graph.getOrDefault(s, Set.of()));
    learning.accept(anomaly("frontend", "error_ratio", 0, Anomaly.State.OPEN));
    learning.accept(anomaly("checkout", "error_ratio", 0, Anomaly.State.OPEN));

    assertThat(learning.regroup()).isEmpty();
    assertThat(learning.open()).hasSize(2);

    graph.put("frontend", Set.of("checkout"));
    graph.put("checkout", Set.of("frontend"));

    assertThat(learning.regroup()).hasSize(1);
    assertThat(learning.open()).singleElement().extracting(Incident::services)
        .isEqualTo(List.of("checkout", "frontend"));
  }

  @Test
  void regroup_keepsTheAnnouncedId_andTwoAnnouncedIncidentsApart() {
    tracker.accept(anomaly("frontend", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("payment", "error_ratio", 10, Anomaly.State.OPEN));
    String paymentId = tracker.incidentOf(anomaly("payment", "error_ratio", 10, Anomaly.State.OPEN).id())
        .orElseThrow().id();
    tracker.announce(paymentId);
    tracker.accept(anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN));

    IncidentTracker bothShown =
        new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 10, s -> GRAPH.getOrDefault(s, Set.of()));
    bothShown.accept(anomaly("frontend", "error_ratio", 0, Anomaly.State.OPEN));
    bothShown.accept(anomaly("payment", "error_ratio", 10, Anomaly.State.OPEN));
    bothShown.open().forEach(incident -> bothShown.announce(incident.id()));
    bothShown.accept(anomaly("checkout", "error_ratio", 20, Anomaly.State.OPEN));

    tracker.regroup();
    bothShown.regroup();

    assertThat(tracker.open()).singleElement().satisfies(incident -> {
      assertThat(incident.id()).isEqualTo(paymentId);
      assertThat(incident.onset()).isEqualTo(T0);
    });
    assertThat(bothShown.open()).hasSize(2);
  }

  @Test
  void regroup_keepsLinkedIncidentsApart_whenTheyWereAbnormalFarApartInTime() {
    tracker.accept(anomaly("payment", "error_ratio", 0, Anomaly.State.OPEN));
    tracker.accept(anomaly("frontend", "error_ratio", 3600, Anomaly.State.OPEN));
    tracker.accept(anomaly("checkout", "error_ratio", 3610, Anomaly.State.OPEN));

    assertThat(tracker.regroup()).isEmpty();
    assertThat(tracker.open()).hasSize(2);
  }
}
