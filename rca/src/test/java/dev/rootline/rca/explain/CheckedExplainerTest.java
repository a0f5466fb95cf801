package dev.rootline.rca.explain;

import static dev.rootline.rca.explain.ExplainFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.rca.explain.ExplainFixtures.GOOD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CheckedExplainerTest {
  private static final Answer HALLUCINATED = ExplainFixtures.answer("payment-gateway times out behind checkout.");

  private final List<String> outcomes = new ArrayList<>();
  private final List<Prompt> prompts = new ArrayList<>();

  /** A model that gives the scripted answers in turn and records what it was asked. */
  private Explainer explainer(List<Supplier<Answer>> script) {
    Deque<Supplier<Answer>> answers = new ArrayDeque<>(script);
    LanguageModel model = prompt -> {
      prompts.add(prompt);
      return answers.removeFirst().get();
    };
    return Explainer.checked(model, "test-model", Redactor.standard(),
        (outcome, problems) -> outcomes.add(outcome + " " + problems.size()));
  }

  @Test
  void explain_usesAGoodAnswer() {
    Explanation e = explainer(List.of(() -> GOOD)).explain(CHECKOUT_BAD_DEPLOY);

    assertThat(e.source()).isEqualTo(Explanation.Source.MODEL);
    assertThat(e.model()).isEqualTo("test-model");
    assertThat(e.summary()).isEqualTo(GOOD.summary());
    assertThat(e.evidenceIds()).containsExactly("e1", "e2");
    assertThat(outcomes).containsExactly("MODEL 0");
  }

  @Test
  void explain_asksAgainWithTheProblems_andUsesTheSecondAnswer() {
    Explanation e = explainer(List.of(() -> HALLUCINATED, () -> GOOD)).explain(CHECKOUT_BAD_DEPLOY);

    assertThat(e.source()).isEqualTo(Explanation.Source.MODEL);
    assertThat(prompts).hasSize(2);
    assertThat(prompts.get(1).user()).contains("payment-gateway");
    assertThat(outcomes).containsExactly("MODEL_RETRIED 1");
  }

  @Test
  void explain_fallsBackToTheTemplate_afterTwoRefusedAnswers() {
    Explanation e = explainer(List.of(() -> HALLUCINATED, () -> HALLUCINATED)).explain(CHECKOUT_BAD_DEPLOY);

    assertThat(e).isEqualTo(Explainer.template(Redactor.standard()).explain(CHECKOUT_BAD_DEPLOY));
    assertThat(outcomes).containsExactly("REFUSED 2");
  }

  @Test
  void explain_fallsBackToTheTemplate_whenTheModelFails() {
    Supplier<Answer> down = () -> {
      throw new ModelException("connection refused");
    };

    Explanation e = explainer(List.of(down, down)).explain(CHECKOUT_BAD_DEPLOY);

    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(outcomes).containsExactly("FAILED 2");
  }

  @Test
  void explain_sendsNoPlantedSecret() {
    explainer(List.of(() -> GOOD)).explain(ExplainFixtures.CHECKOUT_WITH_SECRETS);

    assertThat(prompts.get(0).system() + prompts.get(0).user()).doesNotContain("jane.doe@example.com",
        "tok_9f8e7d6c5b4a3", "hunter2", "4111 1111 1111 1111", "abcdefghijklmnopqrstuvwxyz012345");
  }
}
