package dev.rootline.app.eval;

import dev.rootline.core.window.SeriesKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How the detectors did on one case. A fault is detected by an anomaly opened with its onset or its
 * report time within {@code [fault.start, fault.end + 60 s]} (start + 15 min without an end); the
 * time to detect is the first such report time minus {@code fault.start}. Anomalies reported before
 * {@code fault.start} are false alarms of the case; on a fault-free case, every anomaly is.
 *
 * @param label          the case's label
 * @param detected       whether some anomaly matched the fault (false for fault-free cases)
 * @param ttdSeconds     time to detect, or null when not detected
 * @param opened         anomalies opened in the whole case
 * @param matched        anomalies that matched the fault
 * @param pages          the incidents announced with a matching anomaly: how often the fault paged
 * @param falseAlarms    anomalies opened before the fault, or all of them on a fault-free case
 * @param faultFreeHours the hours without the fault: the whole case when fault-free, else from
 *                       the first event to {@code fault.start}
 * @param first          the first matching detection, or null
 * @param onRootService  whether a matching anomaly is on a series of the labelled root-cause
 *                       service (its operations, its metrics, or an edge to or from it): a
 *                       detection that is not may be a coincidence
 * @param replay         the replay the score rests on
 * @param explanation    how faithfully the ranked report was explained, or null when not explained
 */
public record CaseScore(
    CaseLabel label,
    boolean detected,
    Double ttdSeconds,
    int opened,
    int matched,
    int pages,
    int falseAlarms,
    double faultFreeHours,
    Detection first,
    boolean onRootService,
    ReplayResult replay,
    CaseExplanation explanation) {

  /** Scores a replay against its label. */
  public static CaseScore of(CaseLabel label, ReplayResult replay) {
    int opened = replay.opened().size();
    if (label.faultFree()) {
      return new CaseScore(label, false, null, opened, 0, 0, opened, replay.hours(), null, false, replay, null);
    }
    long start = label.fault().start().toEpochMilli();
    long end = label.detectionEnd().toEpochMilli();
    int matched = 0;
    Set<String> pages = new HashSet<>();
    int falseAlarms = 0;
    Detection first = null;
    boolean onRoot = false;
    for (Detection detection : replay.opened()) {
      if (within(detection.onsetMillis(), start, end) || within(detection.reportedMillis(), start, end)) {
        matched++;
        String page = replay.pageOfAnomaly().get(detection.anomaly().id());
        if (page != null) {
          pages.add(page);
        }
        first = first == null || detection.reportedMillis() < first.reportedMillis() ? detection : first;
        onRoot |= label.rootCause() != null && touches(detection.anomaly().series(), label.rootCause().service());
      } else if (detection.reportedMillis() < start) {
        falseAlarms++;
      }
    }
    Double ttd = first == null ? null : (first.reportedMillis() - start) / 1000.0;
    return new CaseScore(label, first != null, ttd, opened, matched, pages.size(), falseAlarms,
        hoursBefore(start, replay), first, onRoot, replay, null);
  }

  /** The same score with the explanation's faithfulness. */
  CaseScore withExplanation(CaseExplanation explained) {
    return new CaseScore(label, detected, ttdSeconds, opened, matched, pages, falseAlarms, faultFreeHours, first,
        onRootService, replay, explained);
  }

  /** The 1-based rank of the root-cause service in Rootline's ranking, 0 when absent or unranked. */
  public int rootlineRank() {
    CaseRanking r = replay.ranking();
    return r == null || label.rootCause() == null ? 0 : CaseRanking.rankOf(r.services(), label.rootCause().service());
  }

  /** The same for the (service, indicator) pair. */
  public int indicatorRank() {
    CaseRanking r = replay.ranking();
    return r == null || label.rootCause() == null ? 0
        : r.rankOf(label.rootCause().service(), label.rootCause().indicator());
  }

  public int baroRank() {
    CaseRanking r = replay.ranking();
    return r == null || label.rootCause() == null ? 0 : CaseRanking.rankOf(r.baro(), label.rootCause().service());
  }

  public int randomRank() {
    CaseRanking r = replay.ranking();
    return r == null || label.rootCause() == null ? 0 : CaseRanking.rankOf(r.random(), label.rootCause().service());
  }

  /** The series that could have raised a false alarm, times the fault-free hours. */
  public double faultFreeSeriesHours() {
    return replay.series() * faultFreeHours;
  }

  private static boolean touches(SeriesKey series, String service) {
    return series.service().equals(service)
        || (series instanceof SeriesKey.Edge edge && edge.callee().equals(service));
  }

  private static boolean within(long millis, long start, long end) {
    return millis >= start && millis <= end;
  }

  private static double hoursBefore(long start, ReplayResult replay) {
    long first = replay.firstEventMillis();
    return first < start ? (start - first) / 3_600_000.0 : 0;
  }
}
