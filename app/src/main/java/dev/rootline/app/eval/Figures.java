package dev.rootline.app.eval;

import java.util.List;

/**
 * The detection figures of a group of cases (one fault type, or all).
 *
 * @param faultCases              cases with a fault
 * @param detected                of those, how many were detected
 * @param recall                  detected / fault cases; null without fault cases
 * @param rootServiceRecall       fault cases detected by an anomaly on the root-cause service / fault
 *                                cases; null without fault cases
 * @param ttdP50Seconds           median time to detect over detected cases (nearest rank); null when none
 * @param ttdP95Seconds           95th percentile time to detect (nearest rank); null when none
 * @param faultFreeCases          fault-free cases
 * @param falseAlarms             anomalies opened in the fault-free cases
 * @param seriesHours             series × hours of the fault-free cases
 * @param falseAlarmsPer1kSeriesHours false alarms per 1,000 series-hours there; null without such hours
 * @param preFaultFalseAlarms     anomalies opened before the fault in the fault cases
 * @param preFaultSeriesHours     series × hours before the fault in the fault cases
 * @param preFaultFalseAlarmsPer1kSeriesHours the same rate before faults (warm-up included); null without hours
 * @param opened                  anomalies opened in the fault cases
 * @param matched                 of those, how many matched their fault
 * @param precision               matched / opened in the fault cases; null when none opened
 * @param pagedFaults             fault cases whose anomalies went out in at least one announced incident
 * @param pagesPerPagedFault      the announced incidents per such case (ideally 1: one fault, one page);
 *                                null when none
 * @param pagedOnceShare          the share of those cases that paged exactly once; null when none
 * @param ranking                 the ranking figures of the fault cases
 * @param explanations            the faithfulness of the ranked fault cases' explanations
 */
public record Figures(
    int faultCases,
    int detected,
    Double recall,
    Double rootServiceRecall,
    Double ttdP50Seconds,
    Double ttdP95Seconds,
    int faultFreeCases,
    long falseAlarms,
    double seriesHours,
    Double falseAlarmsPer1kSeriesHours,
    long preFaultFalseAlarms,
    double preFaultSeriesHours,
    Double preFaultFalseAlarmsPer1kSeriesHours,
    long opened,
    long matched,
    Double precision,
    int pagedFaults,
    Double pagesPerPagedFault,
    Double pagedOnceShare,
    RankFigures ranking,
    ExplainFigures explanations) {

  public static Figures of(List<CaseScore> scores) {
    List<CaseScore> faults = scores.stream().filter(s -> !s.label().faultFree()).toList();
    List<CaseScore> clean = scores.stream().filter(s -> s.label().faultFree()).toList();
    int detected = (int) faults.stream().filter(CaseScore::detected).count();
    int onRoot = (int) faults.stream().filter(CaseScore::onRootService).count();
    List<Double> ttds = faults.stream().filter(CaseScore::detected).map(CaseScore::ttdSeconds).sorted().toList();
    long falseAlarms = clean.stream().mapToLong(CaseScore::falseAlarms).sum();
    double seriesHours = clean.stream().mapToDouble(CaseScore::faultFreeSeriesHours).sum();
    long preFault = faults.stream().mapToLong(CaseScore::falseAlarms).sum();
    double preFaultHours = faults.stream().mapToDouble(CaseScore::faultFreeSeriesHours).sum();
    long opened = faults.stream().mapToLong(CaseScore::opened).sum();
    long matched = faults.stream().mapToLong(CaseScore::matched).sum();
    List<CaseScore> paged = faults.stream().filter(s -> s.pages() > 0).toList();
    long pages = paged.stream().mapToLong(CaseScore::pages).sum();
    long once = paged.stream().filter(s -> s.pages() == 1).count();
    return new Figures(faults.size(), detected, ratio(detected, faults.size()), ratio(onRoot, faults.size()),
        percentile(ttds, 0.50), percentile(ttds, 0.95),
        clean.size(), falseAlarms, seriesHours, perThousand(falseAlarms, seriesHours),
        preFault, preFaultHours, perThousand(preFault, preFaultHours),
        opened, matched, ratio(matched, opened), paged.size(), ratio(pages, paged.size()), ratio(once, paged.size()),
        RankFigures.of(scores), ExplainFigures.of(scores));
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below it. */
  static Double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Double perThousand(long count, double seriesHours) {
    return seriesHours > 0 ? count * 1000.0 / seriesHours : null;
  }
}
