package dev.rootline.app.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scores of one evaluation run: per case, per fault type and overall.
 *
 * @param cases         per case, in run order
 * @param overall       over every case
 * @param byFault       per fault type, by type name
 * @param elapsedMillis wall-clock time of the whole run
 * @param peakHeapBytes the most heap in use during the run, as the JVM's memory pools report it
 * @param onset         where ranking took each case's onset from: {@code detected} or {@code label}
 * @param traceShare    the share of traces ranking read into evidence (ADR 024)
 */
public record EvalReport(
    List<CaseScore> cases, Figures overall, Map<String, Figures> byFault, long elapsedMillis, long peakHeapBytes,
    String onset, double traceShare) {

  public static EvalReport of(List<CaseScore> cases, long elapsedMillis, long peakHeapBytes, String onset) {
    return of(cases, elapsedMillis, peakHeapBytes, onset, 1);
  }

  public static EvalReport of(List<CaseScore> cases, long elapsedMillis, long peakHeapBytes, String onset,
      double traceShare) {
    Map<String, List<CaseScore>> groups = cases.stream()
        .collect(Collectors.groupingBy(s -> s.label().fault().type(), TreeMap::new, Collectors.toList()));
    Map<String, Figures> byFault = new TreeMap<>();
    groups.forEach((type, scores) -> byFault.put(type, Figures.of(scores)));
    return new EvalReport(List.copyOf(cases), Figures.of(cases), byFault, elapsedMillis, peakHeapBytes, onset,
        traceShare);
  }
}
