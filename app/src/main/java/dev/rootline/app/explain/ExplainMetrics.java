package dev.rootline.app.explain;

import dev.rootline.rca.explain.ExplainListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Counts explanations and the model's tokens: {@code rootline_explanations_total{source,outcome}}
 * (source {@code model} or {@code template}; outcome {@code model}, {@code model-retried},
 * {@code refused}, {@code failed}, {@code template}), {@code rootline_explanations_late_total}
 * (reports that went out before the model answered), and {@code rootline_llm_tokens_total{direction}}.
 */
final class ExplainMetrics implements ExplainListener, OpenAiModel.TokenMeter {
  private static final Logger LOG = Logger.getLogger(ExplainMetrics.class);

  private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
  private final Counter late;
  private final Counter input;
  private final Counter output;

  ExplainMetrics(MeterRegistry registry) {
    for (Outcome outcome : Outcome.values()) {
      boolean model = outcome == Outcome.MODEL || outcome == Outcome.MODEL_RETRIED;
      outcomes.put(outcome, Counter.builder("rootline.explanations").tag("source", model ? "model" : "template")
          .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .description("Report explanations, by who wrote them and how that came about").register(registry));
    }
    late = Counter.builder("rootline.explanations.late")
        .description("Reports that went out with the template's explanation while the model was still answering")
        .register(registry);
    input = tokens(registry, "input");
    output = tokens(registry, "output");
  }

  @Override
  public void explained(Outcome outcome, List<String> problems) {
    outcomes.get(outcome).increment();
    if (outcome == Outcome.REFUSED || outcome == Outcome.FAILED || !problems.isEmpty()) {
      LOG.infof("explanation %s: %s", outcome, problems);
    }
  }

  @Override
  public void used(int inputTokens, int outputTokens) {
    input.increment(inputTokens);
    output.increment(outputTokens);
  }

  void late() {
    late.increment();
  }

  private static Counter tokens(MeterRegistry registry, String direction) {
    return Counter.builder("rootline.llm.tokens").tag("direction", direction)
        .description("Tokens the language model read (input) and wrote (output)").register(registry);
  }
}
