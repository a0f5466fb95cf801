package dev.rootline.app.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.rca.explain.ExplainListener;
import dev.rootline.rca.explain.Explainer;

/**
 * The explainer the evaluation uses, without Quarkus: the same checked model as the service, from
 * the same {@code ROOTLINE_LLM_*} settings, but synchronous and uncached (each case is one report).
 */
public final class Explainers {
  private Explainers() {}

  /** The checked model explainer when a model is configured, else the template. */
  public static Explainer of(LlmSettings settings, ExplainListener listener) {
    Redactor redactor = Redactor.of(settings.redactIps());
    if (!settings.enabled()) {
      return Explainer.template(redactor);
    }
    return Explainer.checked(OpenAiModel.of(settings, (in, out) -> { }), settings.model(), redactor, listener);
  }
}
