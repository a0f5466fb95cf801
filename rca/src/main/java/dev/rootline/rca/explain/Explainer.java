package dev.rootline.rca.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;

/**
 * Writes a report's findings in plain words for the people on call. Never changes the report or its
 * ranking; never returns null and never throws: when a model fails, the template answers. The
 * template does not block; a model-backed explainer blocks for up to two calls to its model (it
 * asks again once), so callers that must not wait bound it themselves. Thread-safe.
 */
@FunctionalInterface
public interface Explainer {

  /** The explanation of the report. */
  Explanation explain(RcaReport report);

  /** Rootline's own template: deterministic, grounded in the report, cites its evidence ids. */
  static Explainer template(Redactor redactor) {
    return new TemplateExplainer(redactor);
  }

  /**
   * Asks the model with the redacted findings, checks its answer with {@link ExplanationCheck}, asks
   * once more with the problems when it fails, and falls back to the template; the listener hears
   * how each explanation came about.
   *
   * @param modelName the model's name, as the explanation records it
   */
  static Explainer checked(LanguageModel model, String modelName, Redactor redactor, ExplainListener listener) {
    return new CheckedExplainer(model, modelName, redactor, listener);
  }
}
