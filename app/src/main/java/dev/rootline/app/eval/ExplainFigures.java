package dev.rootline.app.eval;

import java.util.List;
import java.util.Objects;

/**
 * The faithfulness of the explanations of a group of ranked fault cases: the share that pass the
 * check, and the share that name the true root cause among the cases the ranking put it first.
 *
 * @param explained       ranked fault cases with an explanation
 * @param model           whether a model wrote them (else the template: the floor)
 * @param fromModel       of those, how many the model wrote (its answer passed)
 * @param passShare       share passing the check; null without cases
 * @param rankedFirst     cases whose ranking put the root cause first
 * @param namesRootCause  share of those whose likely cause names the root cause; null without such cases
 */
public record ExplainFigures(
    int explained, boolean model, int fromModel, Double passShare, int rankedFirst, Double namesRootCause) {

  static ExplainFigures of(List<CaseScore> scores) {
    List<CaseExplanation> all = scores.stream().map(CaseScore::explanation).filter(Objects::nonNull).toList();
    List<CaseExplanation> first = all.stream().filter(CaseExplanation::rankedFirst).toList();
    long passing = all.stream().filter(CaseExplanation::passes).count();
    long fromModel = all.stream().filter(e -> e.explanation().source()
        == dev.rootline.core.rca.Explanation.Source.MODEL).count();
    long naming = first.stream().filter(CaseExplanation::namesRootCause).count();
    return new ExplainFigures(all.size(), all.stream().anyMatch(CaseExplanation::model), (int) fromModel,
        all.isEmpty() ? null : (double) passing / all.size(), first.size(),
        first.isEmpty() ? null : (double) naming / first.size());
  }
}
