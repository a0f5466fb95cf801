package dev.rootline.app.eval;

import static dev.rootline.app.eval.EvalFixtures.detection;
import static dev.rootline.app.eval.EvalFixtures.fault;
import static dev.rootline.app.eval.EvalFixtures.faultFree;
import static dev.rootline.app.eval.EvalFixtures.paged;
import static dev.rootline.app.eval.EvalFixtures.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rootline.core.window.SeriesKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {
  // the fault runs from 1800 s to 2400 s after T0; detections count until 2460 s

  @Test
  void score_detectsByFirstMatchingReportAndCountsEarlierAnomaliesAsFalseAlarms() {
    CaseScore score = CaseScore.of(fault("a", "error-injection"), replay(1.0, 40,
        detection(600, 615), detection(1790, 1825), detection(1810, 1835), detection(2500, 2515)));

    assertThat(score.detected()).isTrue();
    assertThat(score.ttdSeconds()).isEqualTo(25.0); // onset 10 s early, but reported within the fault
    assertThat(score.matched()).isEqualTo(2);
    assertThat(score.falseAlarms()).isEqualTo(1);
    assertThat(score.opened()).isEqualTo(4);
    assertThat(score.faultFreeSeriesHours()).isCloseTo(20.0, within(1e-9)); // 40 series × 0.5 h before the fault
  }

  @Test
  void score_matchesByOnsetOrReportUntilSixtySecondsAfterTheEnd() {
    assertThat(CaseScore.of(fault("a", "latency"), replay(1.0, 1, detection(2450, 2460))).detected()).isTrue();
    assertThat(CaseScore.of(fault("a", "latency"), replay(1.0, 1, detection(2455, 2475))).detected()).isTrue();
    CaseScore late = CaseScore.of(fault("a", "latency"), replay(1.0, 1, detection(2461, 2475), detection(1700, 2470)));
    assertThat(late.detected()).isFalse();
    assertThat(late.falseAlarms()).isZero(); // reported after the fault began: unmatched, not false
  }

  @Test
  void score_takesFifteenMinutesForAFaultWithoutEnd() {
    CaseLabel openEnded = new CaseLabel("b", "", "", new CaseLabel.Fault("latency", EvalFixtures.FAULT_START, null), null);
    assertThat(CaseScore.of(openEnded, replay(1.0, 1, detection(2690, 2700))).detected()).isTrue();
    assertThat(CaseScore.of(openEnded, replay(1.0, 1, detection(2710, 2720))).detected()).isFalse();
  }

  @Test
  void score_tellsWhetherAMatchingAnomalyIsOnTheRootCauseService() {
    SeriesKey callerEdge = new SeriesKey.Edge("frontend", "checkout");
    SeriesKey elsewhere = new SeriesKey.Metric("cart", "jvm.gc.duration");
    assertThat(CaseScore.of(fault("a", "errors"), replay(1.0, 1, detection(callerEdge, 1800, 1815))).onRootService())
        .isTrue();
    CaseScore coincidence = CaseScore.of(fault("a", "errors"), replay(1.0, 1, detection(elsewhere, 1800, 1815)));
    assertThat(coincidence.detected()).isTrue();
    assertThat(coincidence.onRootService()).isFalse();
  }

  @Test
  void score_takesEveryAnomalyOfAFaultFreeCaseForAFalseAlarm() {
    CaseScore score = CaseScore.of(faultFree("quiet", 2), replay(2.0, 50, detection(100, 115), detection(5000, 5015)));
    assertThat(score.detected()).isFalse();
    assertThat(score.ttdSeconds()).isNull();
    assertThat(score.falseAlarms()).isEqualTo(2);
    assertThat(score.faultFreeSeriesHours()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void figures_giveRecallPercentilesFalseAlarmRateAndPrecision() {
    List<CaseScore> scores = List.of(
        CaseScore.of(fault("e1", "errors"), replay(1.0, 10, detection(1800, 1810))),            // ttd 10
        CaseScore.of(fault("e2", "errors"), replay(1.0, 10, detection(1800, 1830), detection(3000, 3010))), // ttd 30, 1 unmatched
        CaseScore.of(fault("l1", "latency"), replay(1.0, 10, detection(1800, 1820), detection(900, 915))),  // ttd 20, 1 false
        CaseScore.of(fault("l2", "latency"), replay(1.0, 10)),                                  // missed
        CaseScore.of(faultFree("day", 24), replay(24.0, 100, detection(50_000, 50_015))));    // 2,400 series-hours

    Figures all = EvalReport.of(scores, 1000, 1 << 20, "detected").overall();

    assertThat(all.faultCases()).isEqualTo(4);
    assertThat(all.recall()).isEqualTo(0.75);
    assertThat(all.rootServiceRecall()).isEqualTo(0.75);
    assertThat(all.ttdP50Seconds()).isEqualTo(20.0);
    assertThat(all.ttdP95Seconds()).isEqualTo(30.0);
    assertThat(all.falseAlarms()).isEqualTo(1);
    assertThat(all.falseAlarmsPer1kSeriesHours()).isCloseTo(1000.0 / 2400, within(1e-9));
    assertThat(all.preFaultFalseAlarms()).isEqualTo(1);
    assertThat(all.preFaultFalseAlarmsPer1kSeriesHours()).isCloseTo(1000.0 / 20, within(1e-9)); // 4 × 10 × 0.5 h
    assertThat(all.precision()).isEqualTo(3.0 / 5);
  }

  @Test
  void score_countsTheIncidentsAnnouncedWithTheFaultsAnomalies_andFiguresAverageThem() {
    Detection a = detection(1800, 1810);
    Detection b = detection(new SeriesKey.Edge("frontend", "checkout"), 1805, 1815);
    Detection before = detection(new SeriesKey.Edge("frontend", "search"), 600, 615);
    CaseScore twice = CaseScore.of(fault("e1", "errors"), paged(Map.of(a.anomaly().id(), "inc-1",
        b.anomaly().id(), "inc-2", before.anomaly().id(), "inc-0"), 1.0, 10, a, b, before));
    CaseScore once = CaseScore.of(fault("e2", "errors"), paged(Map.of(a.anomaly().id(), "inc-3",
        b.anomaly().id(), "inc-3"), 1.0, 10, a, b));
    CaseScore unannounced = CaseScore.of(fault("e3", "errors"), replay(1.0, 10, a));

    assertThat(twice.pages()).isEqualTo(2); // the false alarm's incident is not the fault's page
    assertThat(once.pages()).isEqualTo(1);
    assertThat(unannounced.pages()).isZero();
    Figures all = EvalReport.of(List.of(twice, once, unannounced), 1000, 1 << 20, "detected").overall();
    assertThat(all.pagedFaults()).isEqualTo(2);
    assertThat(all.pagesPerPagedFault()).isEqualTo(1.5);
    assertThat(all.pagedOnceShare()).isEqualTo(0.5);
  }

  @Test
  void figures_groupByFaultType() {
    EvalReport report = EvalReport.of(List.of(
        CaseScore.of(fault("e1", "errors"), replay(1.0, 10, detection(1800, 1810))),
        CaseScore.of(fault("l1", "latency"), replay(1.0, 10)),
        CaseScore.of(faultFree("day", 1), replay(1.0, 10))), 0, 0, "detected");

    assertThat(report.byFault()).containsOnlyKeys("errors", "latency", "none");
    assertThat(report.byFault().get("errors").recall()).isEqualTo(1.0);
    assertThat(report.byFault().get("latency").recall()).isEqualTo(0.0);
    assertThat(report.byFault().get("latency").ttdP50Seconds()).isNull();
    assertThat(report.byFault().get("none").recall()).isNull();
    assertThat(report.byFault().get("none").falseAlarmsPer1kSeriesHours()).isEqualTo(0.0);
  }

  @Test
  void percentile_takesTheNearestRank() {
    List<Double> twenty = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> (double) i).toList();
    assertThat(Figures.percentile(twenty, 0.50)).isEqualTo(10.0);
    assertThat(Figures.percentile(twenty, 0.95)).isEqualTo(19.0);
    assertThat(Figures.percentile(List.of(7.0), 0.95)).isEqualTo(7.0);
    assertThat(Figures.percentile(List.of(), 0.5)).isNull();
  }
}
