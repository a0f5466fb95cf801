package dev.rootline.app.notify;

import static dev.rootline.app.report.ReportFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.app.report.ReportFixtures.NO_CLEAR_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.OutboxEntry;
import dev.rootline.notifier.OutboxEntry.State;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does; each implementation's test extends this class. */
abstract class OutboxContract {
  static final Instant T0 = Instant.parse("2026-03-02T10:20:00Z");
  private Outbox outbox;

  /** A new, empty outbox. */
  abstract Outbox newOutbox() throws Exception;

  /** Makes the incident known where the outbox needs it (the JDBC outbox refers to incidents). */
  abstract void knownIncident(RcaReport report);

  @BeforeEach
  void open() throws Exception {
    outbox = newOutbox();
  }

  @Test
  void record_keepsEveryField_andIsDueFromItsDueTime() {
    OutboxEntry entry = pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0.plusSeconds(10));

    assertThat(outbox.record(entry)).isTrue();

    assertThat(outbox.due(T0.plusSeconds(9), 10)).isEmpty();
    assertThat(outbox.due(T0.plusSeconds(10), 10)).containsExactly(entry);
    assertThat(outbox.latest(CHECKOUT_BAD_DEPLOY.id(), "slack-ops")).contains(entry);
    assertThat(outbox.latest(CHECKOUT_BAD_DEPLOY.id(), "pagerduty")).isEmpty();
    assertThat(outbox.due(T0.plusSeconds(10), 10).get(0).report()).isEqualTo(CHECKOUT_BAD_DEPLOY);
  }

  @Test
  void record_sameKeyOrOlderRevision_changesNothing() {
    RcaReport second = revision(CHECKOUT_BAD_DEPLOY, 4);
    outbox.record(pending("slack-ops", second, T0, T0));

    assertThat(outbox.record(pending("slack-ops", second, T0.plusSeconds(5), T0.plusSeconds(5)))).isFalse();
    assertThat(outbox.record(pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0.plusSeconds(5), T0))).isFalse();

    assertThat(outbox.recent(null, 10)).singleElement().satisfies(e -> {
      assertThat(e.revision()).isEqualTo(4);
      assertThat(e.recordedAt()).isEqualTo(T0);
    });
  }

  @Test
  void record_newerRevision_supersedesPendingOlderOnTheSameChannelOnly() {
    outbox.record(pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0));
    outbox.record(pending("pagerduty", CHECKOUT_BAD_DEPLOY, T0, T0));
    RcaReport newer = revision(CHECKOUT_BAD_DEPLOY, 4);

    assertThat(outbox.record(pending("slack-ops", newer, T0.plusSeconds(1), T0.plusSeconds(1)))).isTrue();

    assertThat(outbox.due(T0.plusSeconds(1), 10)).extracting(OutboxEntry::channel, OutboxEntry::revision)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pagerduty", 3), org.assertj.core.groups.Tuple.tuple("slack-ops", 4));
    assertThat(outbox.recent(State.SUPERSEDED, 10)).singleElement().satisfies(e -> {
      assertThat(e.channel()).isEqualTo("slack-ops");
      assertThat(e.revision()).isEqualTo(3);
      assertThat(e.updatedAt()).isEqualTo(T0.plusSeconds(1));
    });
  }

  @Test
  void update_writesTheNewState_andLastDeliveredFindsItsReference() {
    OutboxEntry entry = pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0);
    outbox.record(entry);
    OutboxEntry retried = entry.retry("slack.example answered 503", T0.plusSeconds(2), T0.plusSeconds(1));
    outbox.update(retried);

    assertThat(outbox.due(T0.plusSeconds(1), 10)).isEmpty();
    assertThat(outbox.due(T0.plusSeconds(2), 10)).containsExactly(retried);
    assertThat(outbox.lastDelivered(CHECKOUT_BAD_DEPLOY.id(), "slack-ops")).isEmpty();

    OutboxEntry delivered = retried.delivered("C0OPS/1772446500.000100", T0.plusSeconds(3));
    outbox.update(delivered);

    assertThat(outbox.due(T0.plusSeconds(60), 10)).isEmpty();
    assertThat(outbox.lastDelivered(CHECKOUT_BAD_DEPLOY.id(), "slack-ops")).contains(delivered);
    assertThat(delivered.attempts()).isEqualTo(2);
  }

  @Test
  void update_supersededEntry_doesNotBecomePendingAgain() {
    OutboxEntry older = pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0);
    outbox.record(older);
    outbox.record(pending("slack-ops", revision(CHECKOUT_BAD_DEPLOY, 4), T0.plusSeconds(1), T0.plusSeconds(9)));

    outbox.update(older.retry("timeout", T0.plusSeconds(2), T0.plusSeconds(1)));

    assertThat(outbox.due(T0.plusSeconds(5), 10)).isEmpty();
    assertThat(outbox.recent(State.SUPERSEDED, 10)).extracting(OutboxEntry::revision).containsExactly(3);
  }

  @Test
  void claim_dueEntry_goesToOneSenderUntilTheLeaseEnds() {
    outbox.record(pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0));
    OutboxEntry seenByBoth = outbox.due(T0, 10).get(0);

    assertThat(outbox.claim(seenByBoth, T0.plusSeconds(60))).isTrue();
    assertThat(outbox.claim(seenByBoth, T0.plusSeconds(60))).isFalse();

    assertThat(outbox.due(T0.plusSeconds(59), 10)).isEmpty();
    OutboxEntry dueAgain = outbox.due(T0.plusSeconds(60), 10).get(0);
    assertThat(dueAgain.dueAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(dueAgain.attempts()).isZero();
    assertThat(outbox.claim(dueAgain, T0.plusSeconds(120))).isTrue();
  }

  @Test
  void claim_supersededEntry_isRefused() {
    outbox.record(pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0));
    OutboxEntry older = outbox.due(T0, 10).get(0);
    outbox.record(pending("slack-ops", revision(CHECKOUT_BAD_DEPLOY, 4), T0, T0));

    assertThat(outbox.claim(older, T0.plusSeconds(60))).isFalse();
  }

  @Test
  void update_unknownEntry_isRefused() {
    assertThatThrownBy(() -> outbox.update(pending("slack-ops", CHECKOUT_BAD_DEPLOY, T0, T0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void due_isEarliestFirstAndBounded_recentIsLatestChangeFirst() {
    outbox.record(pending("a", CHECKOUT_BAD_DEPLOY, T0, T0.plusSeconds(3)));
    outbox.record(pending("b", CHECKOUT_BAD_DEPLOY, T0.plusSeconds(1), T0.plusSeconds(1)));
    outbox.record(pending("c", NO_CLEAR_CAUSE, T0.plusSeconds(2), T0.plusSeconds(2)));

    assertThat(outbox.due(T0.plusSeconds(5), 2)).extracting(OutboxEntry::channel).containsExactly("b", "c");
    assertThat(outbox.recent(null, 10)).extracting(OutboxEntry::channel).containsExactly("c", "b", "a");
    assertThat(outbox.recent(State.FAILED, 10)).isEmpty();
  }

  OutboxEntry pending(String channel, RcaReport report, Instant now, Instant due) {
    knownIncident(report);
    return OutboxEntry.pending(channel, report, now, due);
  }

  static RcaReport revision(RcaReport report, int revision) {
    return ReportFixtures.withVerdict(report, revision, RcaReport.Verdict.LOW_CONFIDENCE);
  }
}
