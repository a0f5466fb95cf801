package dev.rootline.app.eval;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.explain.Answer;
import dev.rootline.rca.explain.ExplanationCheck;
import dev.rootline.rca.explain.Explainer;
import dev.rootline.rca.explain.Findings;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How faithfully one case's report was explained. With a model, an explanation passes when the
 * model's answer did (the check is what lets it through); with the template, when the template's
 * text passes the same check: the floor a model has to beat.
 *
 * @param explanation    the explanation
 * @param model          whether a model was configured
 * @param passes         whether the explanation passed the check (with a model: the model's answer did)
 * @param rankedFirst    whether the ranking put the labelled root cause first
 * @param namesRootCause whether the likely cause names the labelled root-cause service
 * @param problems       why the template failed the check, when it did
 */
record CaseExplanation(
    Explanation explanation, boolean model, boolean passes, boolean rankedFirst, boolean namesRootCause,
    List<String> problems) {

  static CaseExplanation of(Explainer explainer, boolean model, RcaReport report, String rootService) {
    Explanation e = explainer.explain(report);
    List<String> problems = List.of();
    boolean passes = e.source() == Explanation.Source.MODEL;
    if (!model) {
      String cause = report.candidates().isEmpty() ? null : report.candidates().get(0).service();
      problems = ExplanationCheck.problems(new Answer(e.summary(), e.likelyCause(), cause, e.evidenceIds(),
          e.mitigations(), e.nextChecks()), Findings.of(report, Redactor.standard()));
      passes = problems.isEmpty();
    }
    boolean first = !report.candidates().isEmpty() && report.candidates().get(0).service().equals(rootService);
    return new CaseExplanation(e, model, passes, first, names(e.likelyCause(), rootService), problems);
  }

  private static boolean names(String text, String service) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(service) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
        .matcher(text).find();
  }
}
