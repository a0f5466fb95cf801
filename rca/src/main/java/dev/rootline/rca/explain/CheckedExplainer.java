package dev.rootline.rca.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A language model's explanation, used only when it passes the check: two tries, the second told
 * what was wrong with the first, then the template. Whatever happens is told to the listener.
 */
final class CheckedExplainer implements Explainer {
  private static final int TRIES = 2;

  private final LanguageModel model;
  private final String modelName;
  private final Redactor redactor;
  private final Explainer template;
  private final ExplainListener listener;

  CheckedExplainer(LanguageModel model, String modelName, Redactor redactor, ExplainListener listener) {
    this.model = model;
    this.modelName = modelName;
    this.redactor = redactor;
    this.template = new TemplateExplainer(redactor);
    this.listener = listener;
  }

  @Override
  public Explanation explain(RcaReport report) {
    Findings findings = Findings.of(report, redactor);
    List<String> problems = new ArrayList<>();
    List<String> last = List.of();
    boolean failed = false;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      try {
        Answer answer = model.answer(Prompt.of(findings, last));
        last = ExplanationCheck.problems(answer, findings);
        if (last.isEmpty()) {
          listener.explained(attempt == 0 ? ExplainListener.Outcome.MODEL : ExplainListener.Outcome.MODEL_RETRIED,
              problems);
          return explanation(answer);
        }
        problems.addAll(last);
        failed = false;
      } catch (RuntimeException e) { // ModelException, or a bug in the adapter: either way no answer
        last = List.of();
        problems.add("no usable answer: " + e.getMessage());
        failed = true;
      }
    }
    listener.explained(failed ? ExplainListener.Outcome.FAILED : ExplainListener.Outcome.REFUSED, problems);
    return template.explain(report);
  }

  private Explanation explanation(Answer answer) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(
        answer.evidenceIds().stream().map(id -> id.strip().toLowerCase(Locale.ROOT)).toList()));
    return new Explanation(answer.summary().strip(), answer.likelyCause().strip(), ids,
        answer.mitigations().stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
        answer.nextChecks().stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
        Explanation.Source.MODEL, modelName);
  }
}
