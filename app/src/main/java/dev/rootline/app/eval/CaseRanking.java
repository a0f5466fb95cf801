package dev.rootline.app.eval;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import java.util.List;

/**
 * How one case was ranked: Rootline's candidates with their indicators, and the reference rankers'
 * orders, all over the same window.
 *
 * @param mode        where the onset came from
 * @param onsetMillis the analysed onset
 * @param atMillis    the event time of the analysis
 * @param verdict     Rootline's verdict
 * @param services    Rootline's candidates, best first
 * @param indicators  the indicator of each candidate, by wire name
 * @param baro        BARO's order
 * @param random      a random order
 * @param top         Rootline's first five candidates in full, for people reading the report
 * @param analysisMillis wall-clock time of Rootline's analysis (evidence read, ranked, report built)
 * @param report      the whole report, unexplained, for the explanation's faithfulness
 */
record CaseRanking(
    RankPlan.Mode mode,
    long onsetMillis,
    long atMillis,
    String verdict,
    List<String> services,
    List<String> indicators,
    List<String> baro,
    List<String> random,
    List<Candidate> top,
    double analysisMillis,
    RcaReport report) {

  CaseRanking {
    services = List.copyOf(services);
    indicators = List.copyOf(indicators);
    baro = List.copyOf(baro);
    random = List.copyOf(random);
    top = List.copyOf(top);
  }

  /** The 1-based rank of the service in the order, or 0 when absent. */
  static int rankOf(List<String> order, String service) {
    int i = order.indexOf(service);
    return i < 0 ? 0 : i + 1;
  }

  /** The 1-based rank of the (service, indicator) pair in Rootline's order, or 0 when absent. */
  int rankOf(String service, String indicator) {
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).equals(service) && indicators.get(i).equals(indicator)) {
        return i + 1;
      }
    }
    return 0;
  }
}
