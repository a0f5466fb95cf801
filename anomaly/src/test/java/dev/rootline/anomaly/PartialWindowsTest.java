package dev.rootline.anomaly;

import static dev.rootline.anomaly.PartialWindows.Sender.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partials of one window from several replicas merge into the whole window, once. */
class PartialWindowsTest {
  private static final SeriesKey CHECKOUT = new SeriesKey.Operation("checkout", "POST /pay", "");
  private static final long W = 10_000;
  private static final DetectorCatalog CATALOG = DetectorCatalog.standard();

  private final Counts counts = new Counts();
  private final PartialWindows partials = new PartialWindows(CATALOG, 2_000, 100, counts);

  @Test
  void twoPartialsOfARateSum() {
    Observation whole = merge(obs("rate", 0, 3.0, 30), obs("rate", 0, 2.0, 20));
    assertThat(whole.value()).isEqualTo(5.0);
    assertThat(whole.samples()).isEqualTo(50);
  }

  @Test
  void ratiosAndLatenciesAreWeightedBySamples() {
    // 30 requests at 10 % failed, 10 at 50 %: 8 of 40 failed
    assertThat(merge(obs("error_ratio", 0, 0.1, 30), obs("error_ratio", 0, 0.5, 10)).value()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    Observation p99 = merge(obs("latency_p99", 0, 100, 30), obs("latency_p99", 0, 200, 10));
    assertThat(p99.value()).isEqualTo(125.0);
    assertThat(p99.samples()).isEqualTo(40);
  }

  @Test
  void emptyPartialsOfARatioAverage() {
    assertThat(merge(obs("error_ratio", 0, 0, 0), obs("error_ratio", 0, 0, 0)).value()).isEqualTo(0.0);
  }

  @Test
  void metricRatesAddAndLevelsAverage() {
    SeriesKey errors = new SeriesKey.Metric("checkout", "http.server.errors");
    SeriesKey cpu = new SeriesKey.Metric("checkout", "process.cpu.utilization");
    assertThat(ObservationMerge.additive(CATALOG, new Observation(errors, "rate", 0, W, 1, 1))).isTrue();
    assertThat(ObservationMerge.additive(CATALOG, new Observation(cpu, "value", 0, W, 1, 1))).isFalse();
    assertThat(ObservationMerge.additive(CATALOG, obs("latency_p50", 0, 1, 1))).isFalse();
  }

  @Test
  void heldUntilSettledThenHandedOnOnce() {
    assertThat(partials.add(obs("rate", 0, 3, 30), 10, 1_000, UNKNOWN)).isEmpty();
    assertThat(partials.add(obs("rate", 0, 2, 20), 11, 1_500, UNKNOWN)).isEmpty();
    assertThat(partials.due(2_999)).isEmpty();
    List<PartialWindows.Whole> due = partials.due(3_000);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).observation().value()).isEqualTo(5.0);
    assertThat(due.get(0).timestamp()).isEqualTo(11);
    assertThat(partials.due(10_000)).isEmpty();
    assertThat(counts.merged).isEqualTo(1);
  }

  @Test
  void aWindowFirstSeenFromAShortGraceWaitsForTheShareOfAReplicaWithALongerOne() {
    PartialWindows.Sender learnt = new PartialWindows.Sender("spans", 1_000); // closes at end + 1 s
    PartialWindows.Sender starting = new PartialWindows.Sender("spans", 5_000); // a new replica: end + 5 s
    partials.add(obs("rate", 0, 3, 30), 0, 11_000, learnt);
    partials.due(13_000); // settled: nothing said yet that another replica waits longer
    partials.add(obs("rate", 0, 2, 20), 0, 15_000, starting);
    assertThat(counts.late).isEqualTo(1);

    partials.add(obs("rate", W, 3, 30), 0, 21_000, learnt);
    assertThat(partials.due(23_000)).isEmpty(); // now held for the slower replica's share (capped at half a window)
    partials.add(obs("rate", W, 2, 20), 0, 25_000, starting);
    List<PartialWindows.Whole> due = partials.due(26_000);

    assertThat(due).extracting(w -> w.observation().value()).containsExactly(5.0);
    assertThat(counts.late).isEqualTo(1);
    assertThat(counts.merged).isEqualTo(1);
  }

  @Test
  void graceOfOtherSourcesAndLongAgoAddsNoWait() {
    partials.add(new Observation(new SeriesKey.Metric("checkout", "process.cpu.utilization"), "value", 0, W, 0.5, 1),
        0, 0, new PartialWindows.Sender("metrics", 5_000));
    partials.add(obs("rate", 0, 3, 30), 0, 0, new PartialWindows.Sender("spans", 1_000));
    assertThat(partials.due(2_000)).extracting(w -> w.observation().signal()).contains("rate"); // not 5 s - 1 s later

    partials.add(obs("rate", 2 * W, 3, 30), 0, 10_000, new PartialWindows.Sender("spans", 5_000));
    partials.add(obs("rate", 20 * W, 3, 30), 0, 130_000, new PartialWindows.Sender("spans", 1_000));
    assertThat(partials.due(132_000)).extracting(w -> w.observation().windowStartMillis()).contains(20 * W);
  }

  @Test
  void settleIsAtMostHalfAWindow() {
    PartialWindows shortWindows = new PartialWindows(CATALOG, 2_000, 100, counts);
    shortWindows.add(new Observation(CHECKOUT, "rate", 0, 2_000, 1, 2), 0, 0, UNKNOWN);
    assertThat(shortWindows.due(999)).isEmpty();
    assertThat(shortWindows.due(1_000)).hasSize(1);
  }

  @Test
  void differentWindowsAreNotMergedAndALaterOneHandsOnTheEarlier() {
    partials.add(obs("rate", 0, 3, 30), 0, 0, UNKNOWN);
    List<PartialWindows.Whole> out = partials.add(obs("rate", W, 4, 40), 0, 100, UNKNOWN);
    assertThat(out).extracting(w -> w.observation().value()).containsExactly(3.0);
    assertThat(partials.due(5_000)).extracting(w -> w.observation().value()).containsExactly(4.0);
    assertThat(counts.merged).isZero();
  }

  @Test
  void otherSignalsAndSeriesAreHeldApart() {
    partials.add(obs("rate", 0, 3, 30), 0, 0, UNKNOWN);
    partials.add(obs("error_ratio", 0, 0.1, 30), 0, 0, UNKNOWN);
    partials.add(new Observation(new SeriesKey.Edge("web", "checkout"), "rate", 0, W, 1, 10), 0, 0, UNKNOWN);
    assertThat(partials.held()).isEqualTo(3);
    assertThat(counts.merged).isZero();
  }

  @Test
  void aLatePartialIsCountedAndDroppedNotMergedTwice() {
    partials.add(obs("rate", 0, 3, 30), 0, 0, UNKNOWN);
    assertThat(partials.due(5_000)).hasSize(1);
    assertThat(partials.add(obs("rate", 0, 2, 20), 0, 5_100, UNKNOWN)).isEmpty();
    assertThat(partials.due(60_000)).isEmpty();
    assertThat(counts.late).isEqualTo(1);

    partials.add(obs("rate", 2 * W, 3, 30), 0, 6_000, UNKNOWN);
    assertThat(partials.add(obs("rate", W, 2, 20), 0, 6_100, UNKNOWN)).isEmpty(); // older than the one held
    assertThat(counts.late).isEqualTo(2);
  }

  @Test
  void boundedTheEarliestHeldGoesFirst() {
    PartialWindows small = new PartialWindows(CATALOG, 2_000, 2, counts);
    small.add(new Observation(new SeriesKey.Edge("a", "b"), "rate", 0, W, 1, 10), 0, 0,
        new PartialWindows.Sender(PartialWindows.Sender.METRICS, 1_000));
    small.add(new Observation(new SeriesKey.Edge("a", "c"), "rate", 0, W, 2, 10), 0, 1, UNKNOWN);
    List<PartialWindows.Whole> out =
        small.add(new Observation(new SeriesKey.Edge("a", "d"), "rate", 0, W, 3, 10), 0, 2, UNKNOWN);
    assertThat(out).extracting(w -> w.observation().value()).containsExactly(1.0);
    assertThat(small.held()).isEqualTo(2);
    assertThat(counts.overflowed).isEqualTo(1);
    assertThat(counts.overflowedSources).containsExactly(PartialWindows.Sender.METRICS); // counted by the eldest's source
  }

  @Test
  void eventTimeIsHeldAtTheEarliestHeldWindow() {
    assertThat(partials.earliestHeldEnd()).isEqualTo(Long.MAX_VALUE);
    partials.add(obs("rate", 2 * W, 3, 30), 0, 0, UNKNOWN);
    partials.add(new Observation(new SeriesKey.Edge("a", "b"), "rate", W, W, 1, 10), 0, 0, UNKNOWN);
    assertThat(partials.earliestHeldEnd()).isEqualTo(2 * W);
    partials.due(5_000);
    assertThat(partials.earliestHeldEnd()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aBacklogWaitsForTheSlowerReplicaWindowByWindowAndGoesInOrder() {
    long now = 600_000; // ten minutes after the first window: both replicas read a backlog
    closes(obs("rate", 0, 1, 10), 0, now - 5_000, replicaB(W));
    closes(obs("rate", 0, 2, 20), 0, now - 5_000, replicaA(W));
    for (int i = 1; i <= 5; i++) {
      closes(obs("rate", i * W, 2, 20), 0, now + i, replicaA((i + 1) * W));
    }
    assertThat(partials.due(now + 20_000)).extracting(w -> w.observation().windowStartMillis())
        .containsExactly(0L); // the others wait for B longer than any live settle
    for (int i = 1; i <= 3; i++) {
      closes(obs("rate", i * W, 1, 10), 0, now + 20_000 + i, replicaB((i + 1) * W));
    }
    assertThat(partials.due(now + 20_100)).extracting(w -> w.observation().value()).containsExactly(3.0, 3.0, 3.0);
    assertThat(partials.due(now + 60_010)).extracting(w -> w.observation().windowStartMillis())
        .containsExactly(4 * W, 5 * W); // at the deadline without B's shares
    assertThat(counts.late).isZero();
    assertThat(counts.merged).isEqualTo(4);
  }

  @Test
  void aBacklogWindowWaitsAtLeastForAReplicaNotHeardFromYet() {
    long now = 600_000;
    closes(obs("rate", 0, 2, 20), 0, now, replicaA(W));
    assertThat(partials.due(now + PartialWindows.CATCH_UP_MIN_WAIT_MILLIS - 1)).isEmpty();
    closes(obs("rate", 0, 1, 10), 0, now + 5_000, replicaB(W));
    assertThat(partials.due(now + PartialWindows.CATCH_UP_MIN_WAIT_MILLIS)).extracting(w -> w.observation().value())
        .containsExactly(3.0);
  }

  @Test
  void anOlderReplicasShareOfAWindowHeldBesideLaterOnesIsMerged() {
    long now = 600_000;
    closes(obs("rate", 0, 2, 20), 0, now, replicaA(W));
    closes(obs("rate", W, 2, 20), 0, now, replicaA(2 * W));
    partials.add(obs("rate", 0, 1, 10), 0, now + 1, UNKNOWN);
    assertThat(counts.merged).isEqualTo(1);
    assertThat(counts.late).isZero();
  }

  @Test
  void aReplicaSilentWhileOthersSpeakIsNoLongerWaitedFor_butAnOutageForgetsNobody() {
    long t0 = 600_000;
    closes(obs("rate", 0, 1, 10), 0, t0, replicaB(W));
    closes(obs("rate", 0, 2, 20), 0, t0, replicaA(W));
    long t1 = t0 + 300_000; // five minutes without a partial: the broker was down
    for (int i = 1; i <= 20; i++) {
      closes(obs("rate", i * W, 2, 20), 0, t1 + i * 1_000, replicaA((i + 1) * W));
    }
    assertThat(partials.due(t1 + 20_000)).extracting(w -> w.observation().windowStartMillis())
        .containsExactly(0L); // B is still waited for
    for (int i = 21; i <= 40; i++) {
      closes(obs("rate", i * W, 2, 20), 0, t1 + i * 1_000, replicaA((i + 1) * W));
    }
    assertThat(partials.due(t1 + 40_000)).hasSize(30).first()
        .extracting(w -> w.observation().windowStartMillis()).isEqualTo(W); // B silent for 30 s of A's partials
  }

  @Test
  void afterAnOutageAReplicaReadingBehindIsWaitedForEvenForAYoungWindow() {
    bothLive(3);
    // The broker is away for 40 s. Back at 95 s, A closes window 6, ended 25 s ago: too young for
    // a backlog. B, still at window 2, reads its share 6 s later: longer than any live settle.
    long back = 95_000;
    closes(obs("rate", 6 * W, 2, 20), 0, back, closing("a", 7 * W));
    assertThat(partials.due(back + 5_999)).isEmpty();
    closes(obs("rate", 6 * W, 1, 10), 0, back + 6_000, closing("b", 7 * W));
    assertThat(partials.due(back + 6_250)).extracting(w -> w.observation().value()).containsExactly(3.0);
    assertThat(counts.late).isZero();
  }

  @Test
  void anOutageRightAfterAWindowsFirstShare_theOtherShareIsWaitedForThroughIt() {
    bothLive(3);
    // A's share of window 3 gets through; the broker goes away before B's does, for 30 s.
    long seen = 4 * W + 21_000;
    closes(obs("rate", 3 * W, 2, 20), 0, seen, closing("a", 4 * W));
    assertThat(partials.due(seen + 2_000)).isEmpty();
    assertThat(partials.due(seen + 30_000)).isEmpty();
    closes(obs("rate", 3 * W, 1, 10), 0, seen + 31_000, closing("b", 4 * W));
    assertThat(partials.due(seen + 31_250)).extracting(w -> w.observation().value()).containsExactly(3.0);
    assertThat(counts.late).isZero();
  }

  @Test
  void aPartialsOwnWordOnItsReplicasProgressIsNotTaken_itsProgressRecordIs() {
    closes(obs("rate", 0, 1, 10), 0, 31_000, closing("b", W));
    closes(obs("rate", 0, 2, 20), 0, 31_000, closing("a", W));
    assertThat(partials.due(33_000)).hasSize(1);
    closes(obs("rate", W, 2, 20), 0, 41_000, closing("a", 2 * W));
    // B's partial of another series of the same close arrives; its share of checkout, and its
    // progress record, are still on their way when the broker goes away.
    partials.add(new Observation(new SeriesKey.Edge("b", "c"), "rate", W, W, 1, 10), 0, 41_100, closing("b", 2 * W));
    assertThat(partials.due(43_000)).filteredOn(w -> w.observation().series().equals(CHECKOUT)).isEmpty();
    assertThat(partials.due(70_000)).filteredOn(w -> w.observation().series().equals(CHECKOUT)).isEmpty();
    closes(obs("rate", W, 1, 10), 0, 71_000, closing("b", 2 * W));
    assertThat(partials.due(71_250)).filteredOn(w -> w.observation().series().equals(CHECKOUT))
        .extracting(w -> w.observation().value()).containsExactly(3.0);
    assertThat(counts.late).isZero();
  }

  @Test
  void aReplicaThatStopsClosingHoldsALiveWindowForAWindowOfOthersPartialsAtMost() {
    closes(obs("rate", 0, 1, 10), 0, 31_000, closing("b", W)); // B's last word
    closes(obs("rate", 0, 2, 20), 0, 31_000, closing("a", W));
    closes(obs("rate", W, 2, 20), 0, 41_000, closing("a", 2 * W)); // B has not closed window 1
    assertThat(partials.due(43_000)).extracting(w -> w.observation().windowStartMillis()).containsExactly(0L);
    for (int k = 1; k <= 9; k++) { // A's partials of other series keep coming
      closes(new Observation(new SeriesKey.Edge("a", "c" + k), "rate", W, W, 1, 10), 0, 41_000 + k * 1_000,
          closing("a", 2 * W));
    }
    assertThat(partials.due(50_000)).filteredOn(w -> w.observation().series().equals(CHECKOUT)).isEmpty();
    closes(new Observation(new SeriesKey.Edge("a", "c10"), "rate", W, W, 1, 10), 0, 51_000, closing("a", 2 * W));
    assertThat(partials.due(51_000)).filteredOn(w -> w.observation().series().equals(CHECKOUT))
        .extracting(w -> w.observation().windowStartMillis()).containsExactly(W);
  }

  @Test
  void aReplicaWithoutDataHereDoesNotHoldLiveWindowsBack() {
    closes(new Observation(new SeriesKey.Edge("a", "b"), "rate", 0, W, 1, 10), 0, 31_000, closing("b", W));
    // A's partials of other series for 25 s: B, saying nothing more here, is still remembered (not
    // yet silent for 30 s) but was last heard more than two windows ago.
    for (int k = 1; k <= 25; k++) {
      closes(new Observation(new SeriesKey.Edge("a", "c" + k), "rate", 0, W, 1, 10), 0, 31_000 + k * 1_000,
          closing("a", W));
    }
    long now = 57_000; // A closes window 3 of checkout, ended 17 s ago: live
    closes(obs("rate", 3 * W, 2, 20), 0, now, closing("a", 4 * W));
    assertThat(partials.due(now + 2_000)).filteredOn(w -> w.observation().series().equals(CHECKOUT))
        .extracting(w -> w.observation().windowStartMillis()).containsExactly(3 * W); // B is not taken as behind
  }

  /** Windows 0 to {@code count - 1} live: A and B close each 21 s after its end, merged at the settle. */
  private void bothLive(int count) {
    for (int i = 0; i < count; i++) {
      long seen = (i + 1) * W + 21_000;
      closes(obs("rate", i * W, 1, 10), 0, seen, closing("b", (i + 1) * W));
      closes(obs("rate", i * W, 2, 20), 0, seen, closing("a", (i + 1) * W));
      assertThat(partials.due(seen + 2_000)).hasSize(1);
    }
  }

  /** A replica's partial, then its progress record saying what the partial's sender says. */
  private List<PartialWindows.Whole> closes(Observation o, long timestamp, long nowMillis, PartialWindows.Sender sender) {
    List<PartialWindows.Whole> due = partials.add(o, timestamp, nowMillis, sender);
    partials.progress(sender, nowMillis);
    return due;
  }

  /** A replica closing windows 20 s after their end, as the tests on child processes configure. */
  private static PartialWindows.Sender closing(String replica, long closedThrough) {
    return new PartialWindows.Sender("spans", 20_000, replica, closedThrough);
  }

  private static PartialWindows.Sender replicaA(long closedThrough) {
    return new PartialWindows.Sender("spans", 1_000, "a", closedThrough);
  }

  private static PartialWindows.Sender replicaB(long closedThrough) {
    return new PartialWindows.Sender("spans", 1_000, "b", closedThrough);
  }

  private Observation merge(Observation a, Observation b) {
    return ObservationMerge.merge(List.of(a, b), ObservationMerge.additive(CATALOG, a));
  }

  private static Observation obs(String signal, long start, double value, long samples) {
    return new Observation(CHECKOUT, signal, start, W, value, samples);
  }

  private static final class Counts implements PartialWindows.Listener {
    int merged;
    int late;
    int overflowed;
    final List<String> overflowedSources = new ArrayList<>();

    @Override
    public void merged(PartialWindows.Sender sender) {
      merged++;
    }

    @Override
    public void late(PartialWindows.Sender sender) {
      late++;
    }

    @Override
    public void overflowed(String source) {
      overflowed++;
      overflowedSources.add(source);
    }
  }
}
