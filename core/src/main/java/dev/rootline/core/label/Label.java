package dev.rootline.core.label;

import dev.rootline.core.rca.Indicator;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's judgement of an incident's cause: the ground truth that evaluation and the learned
 * ranker learn from. Labels are added, never edited; the latest one of an incident counts.
 *
 * @param incidentId the incident judged
 * @param revision   the report revision the person saw, or 0 when not known
 * @param verdict    whether the named cause is the cause or not
 * @param service    for {@code CONFIRMED} the true cause; for {@code WRONG} the cause judged wrong
 * @param indicator  what kind of cause, or null when the person did not say
 * @param note       free text, empty when none
 * @param by         who judged: a Slack user id, an API caller
 * @param at         when the judgement was made
 * @param source     where it came from
 */
public record Label(
    String incidentId,
    int revision,
    Verdict verdict,
    String service,
    Indicator indicator,
    String note,
    String by,
    Instant at,
    Source source) {

  /** Whether the named service is the cause. */
  public enum Verdict { CONFIRMED, WRONG }

  /** Where a label was given. */
  public enum Source { SLACK, API }

  public Label {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
    if (revision < 0) {
      throw new IllegalArgumentException("revision is 0 (unknown) or counts from 1");
    }
  }
}
