package dev.rootline.app.notify;

import static dev.rootline.app.report.ReportFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.app.report.ReportFixtures.NO_CLEAR_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LabelStore} does; each implementation's test extends this class. */
abstract class LabelStoreContract {
  static final Label CONFIRMED = new Label(CHECKOUT_BAD_DEPLOY.id(), 3, Label.Verdict.CONFIRMED, "checkout",
      Indicator.CODE_CHANGE, "confirmed from Slack", "U0ANA", Instant.parse("2026-03-02T10:30:00.123456Z"),
      Label.Source.SLACK);
  static final Label WRONG_LATER = new Label(CHECKOUT_BAD_DEPLOY.id(), 0, Label.Verdict.WRONG, "checkout", null, "",
      "api:ops-lead", Instant.parse("2026-03-02T10:29:00Z"), Label.Source.API);
  private LabelStore store;

  abstract LabelStore newStore() throws Exception;

  /** Makes the incident known where the store needs it (the JDBC store refers to incidents). */
  abstract void knownIncident(RcaReport report);

  @BeforeEach
  void open() throws Exception {
    store = newStore();
    knownIncident(CHECKOUT_BAD_DEPLOY);
    knownIncident(NO_CLEAR_CAUSE);
  }

  @Test
  void of_returnsEveryFieldInTheOrderAdded() {
    store.add(CONFIRMED);
    store.add(WRONG_LATER);

    assertThat(store.of(CHECKOUT_BAD_DEPLOY.id())).containsExactly(CONFIRMED, WRONG_LATER);
  }

  @Test
  void of_incidentWithoutLabels_isEmpty() {
    store.add(CONFIRMED);

    assertThat(store.of(NO_CLEAR_CAUSE.id())).isEmpty();
  }

  @Test
  void add_sameJudgementTwice_keepsBoth() {
    store.add(CONFIRMED);
    store.add(CONFIRMED);

    assertThat(store.of(CHECKOUT_BAD_DEPLOY.id())).hasSize(2);
  }

  @Test
  void latest_givesTheLastAddedLabelOfEachIncident() {
    store.add(CONFIRMED);
    store.add(WRONG_LATER); // added last though judged earlier: the order added counts, not the time

    assertThat(store.latest(List.of(CHECKOUT_BAD_DEPLOY.id(), NO_CLEAR_CAUSE.id())))
        .containsExactly(Map.entry(CHECKOUT_BAD_DEPLOY.id(), WRONG_LATER));
  }

  @Test
  void latest_unknownDuplicateAndEmptyIds_areHarmless() {
    store.add(CONFIRMED);

    assertThat(store.latest(List.of())).isEmpty();
    assertThat(store.latest(List.of("no-such-incident", CHECKOUT_BAD_DEPLOY.id(), CHECKOUT_BAD_DEPLOY.id())))
        .containsExactly(Map.entry(CHECKOUT_BAD_DEPLOY.id(), CONFIRMED));
  }

  @Test
  void latest_agreesWithOf_forEachIncident() {
    Label noCause = new Label(NO_CLEAR_CAUSE.id(), 1, Label.Verdict.CONFIRMED, "payment", null, "", "api:x",
        Instant.parse("2026-03-02T11:00:00Z"), Label.Source.API);
    store.add(noCause);
    store.add(CONFIRMED);

    assertThat(store.latest(List.of(NO_CLEAR_CAUSE.id(), CHECKOUT_BAD_DEPLOY.id())))
        .containsOnly(Map.entry(NO_CLEAR_CAUSE.id(), noCause), Map.entry(CHECKOUT_BAD_DEPLOY.id(), CONFIRMED));
  }
}
