package dev.rootline.app.eval;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The ranking figures of a group of fault cases: the share of cases whose root-cause service is
 * among the first k candidates (AC@k), and Avg@5, the mean of AC@1 to AC@5; at service level, at
 * (service, indicator) level, and for the reference rankers. A case that was not ranked (detection
 * missed it) counts as a miss.
 *
 * @param cases        fault cases with a root cause in their label
 * @param ranked       of those, how many were ranked
 * @param rootline     Rootline's ranking, by service
 * @param indicator    Rootline's ranking, by service and indicator
 * @param baro         BARO's metric-only ranking
 * @param random       a random order of the same candidates
 * @param analysisP50Millis median wall-clock time of one analysis, null without ranked cases
 * @param analysisMaxMillis the longest analysis, null without ranked cases
 */
public record RankFigures(int cases, int ranked, Accuracy rootline, Accuracy indicator, Accuracy baro, Accuracy random,
    Double analysisP50Millis, Double analysisMaxMillis) {

  /** AC@1, AC@3, AC@5 and Avg@5 of one ranker; null without cases. */
  public record Accuracy(Double ac1, Double ac3, Double ac5, Double avg5) {
    static Accuracy of(List<CaseScore> cases, ToIntFunction<CaseScore> rank) {
      if (cases.isEmpty()) {
        return new Accuracy(null, null, null, null);
      }
      double[] at = new double[6];
      for (CaseScore score : cases) {
        int r = rank.applyAsInt(score);
        for (int k = 1; k <= 5; k++) {
          at[k] += r >= 1 && r <= k ? 1 : 0;
        }
      }
      double avg = 0;
      for (int k = 1; k <= 5; k++) {
        at[k] /= cases.size();
        avg += at[k] / 5;
      }
      return new Accuracy(at[1], at[3], at[5], avg);
    }
  }

  static RankFigures of(List<CaseScore> scores) {
    List<CaseScore> cases = scores.stream()
        .filter(s -> !s.label().faultFree() && s.label().rootCause() != null).toList();
    int ranked = (int) cases.stream().filter(s -> s.replay().ranking() != null).count();
    double[] millis = cases.stream().filter(s -> s.replay().ranking() != null)
        .mapToDouble(s -> s.replay().ranking().analysisMillis()).sorted().toArray();
    return new RankFigures(cases.size(), ranked, Accuracy.of(cases, CaseScore::rootlineRank),
        Accuracy.of(cases, CaseScore::indicatorRank), Accuracy.of(cases, CaseScore::baroRank),
        Accuracy.of(cases, CaseScore::randomRank), millis.length == 0 ? null : millis[millis.length / 2],
        millis.length == 0 ? null : millis[millis.length - 1]);
  }
}
