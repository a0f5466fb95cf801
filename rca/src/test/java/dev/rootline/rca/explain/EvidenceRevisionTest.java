package dev.rootline.rca.explain;

import static dev.rootline.rca.explain.ExplainFixtures.CHECKOUT_BAD_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.rca.RcaReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRevisionTest {

  @Test
  void key_isTheSame_forALaterRevisionThatFoundTheSameThings() {
    RcaReport later = new RcaReport(CHECKOUT_BAD_DEPLOY.incident(), 4, CHECKOUT_BAD_DEPLOY.analysedAt().plusSeconds(60),
        CHECKOUT_BAD_DEPLOY.verdict(), CHECKOUT_BAD_DEPLOY.candidates(), CHECKOUT_BAD_DEPLOY.blastRadius(),
        List.of(), null);

    assertThat(EvidenceRevision.key(later)).isEqualTo(EvidenceRevision.key(CHECKOUT_BAD_DEPLOY))
        .startsWith("inc-checkout#");
  }

  @Test
  void key_changes_whenTheRankingChanges() {
    RcaReport reordered = new RcaReport(CHECKOUT_BAD_DEPLOY.incident(), 4, CHECKOUT_BAD_DEPLOY.analysedAt(),
        CHECKOUT_BAD_DEPLOY.verdict(), List.of(CHECKOUT_BAD_DEPLOY.candidates().get(1),
        CHECKOUT_BAD_DEPLOY.candidates().get(0)), CHECKOUT_BAD_DEPLOY.blastRadius(), List.of(), null);

    assertThat(EvidenceRevision.key(reordered)).isNotEqualTo(EvidenceRevision.key(CHECKOUT_BAD_DEPLOY));
  }
}
