package dev.rootline.rca.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void of_masksPlantedSecrets_andLeavesOutTraceIds() {
    Findings findings = Findings.of(ExplainFixtures.CHECKOUT_WITH_SECRETS, Redactor.standard());

    assertThat(findings.text()).doesNotContain("jane.doe@example.com", "tok_9f8e7d6c5b4a3", "hunter2",
        "4111 1111 1111 1111", "abcdefghijklmnopqrstuvwxyz012345", "4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(findings.text()).contains("<EMAIL>", "<SECRET>", "<CARD>");
  }

  @Test
  void of_writesRankedCausesWithEvidenceIdsAndFigures() {
    Findings findings = Findings.of(ExplainFixtures.CHECKOUT_BAD_DEPLOY, Redactor.standard());

    assertThat(findings.text()).contains(
        "1. checkout version 2.4.0, kind change, indicator code-change, confidence 0.87",
        "   e2 error-origin, checkout, PlaceOrder: 0.001 -> 0.19 ratio; 19% of PlaceOrder spans fail",
        "2. postgres-orders, kind dependency, indicator latency, confidence 0.08",
        "- 10:14:20 checkout 2.4.0 deployed");
    assertThat(findings.causes()).containsExactly("checkout", "postgres-orders");
    assertThat(findings.evidenceIds()).containsExactlyInAnyOrder("e1", "e2", "e3");
  }

  @Test
  void prompt_carriesTheProblemsOfTheRefusedAnswer() {
    Findings findings = Findings.of(ExplainFixtures.CHECKOUT_BAD_DEPLOY, Redactor.standard());

    Prompt prompt = Prompt.of(findings, List.of("mentions 'payment-gateway', which is not a service"));

    assertThat(prompt.user()).startsWith("Findings:\nIncident inc-checkout")
        .contains("refused because:\n- mentions 'payment-gateway'");
    assertThat(prompt.system()).contains("\"likely_cause\"", "\"evidence_ids\"", "Never change the ranking");
  }
}
