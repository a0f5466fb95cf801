package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification in the outbox: one revision of one incident's report for one channel, and how
 * its delivery stands. The key is (incident, channel, revision).
 *
 * @param channel    the configured channel's name
 * @param report     the revision to deliver
 * @param state      pending, delivered, failed (given up) or superseded by a newer revision
 * @param attempts   how many sends were tried
 * @param recordedAt when the entry was recorded; the give-up time counts from here
 * @param dueAt      when a pending entry may be sent next
 * @param updatedAt  when the state last changed
 * @param reference  the destination's name for what it posted (Slack's {@code channel/ts}), or null
 * @param error      the last failure, for people, or null
 */
public record OutboxEntry(
    String channel,
    RcaReport report,
    State state,
    int attempts,
    Instant recordedAt,
    Instant dueAt,
    Instant updatedAt,
    String reference,
    String error) {

  /** Where a notification's delivery stands. */
  public enum State {
    /** Waiting to be sent, or to be sent again. */
    PENDING,
    /** The destination has it. */
    DELIVERED,
    /** Given up: permanently refused, or still failing when the give-up time passed. */
    FAILED,
    /** A newer revision for the same incident and channel was recorded before this one was sent. */
    SUPERSEDED
  }

  public OutboxEntry {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new entry, due at {@code dueAt}. */
  public static OutboxEntry pending(String channel, RcaReport report, Instant now, Instant dueAt) {
    return new OutboxEntry(channel, report, State.PENDING, 0, now, dueAt, now, null, null);
  }

  public String incidentId() {
    return report.id();
  }

  public int revision() {
    return report.revision();
  }

  /** Sent: the destination has it. */
  public OutboxEntry delivered(String remoteReference, Instant now) {
    return new OutboxEntry(channel, report, State.DELIVERED, attempts + 1, recordedAt, dueAt, now, remoteReference, null);
  }

  /** Not sent this time; due again at {@code next}. */
  public OutboxEntry retry(String why, Instant next, Instant now) {
    return new OutboxEntry(channel, report, State.PENDING, attempts + 1, recordedAt, next, now, null, why);
  }

  /** The same entry due at another time: held by a sender until then ({@link Outbox#claim}). */
  public OutboxEntry dueAgainAt(Instant time) {
    return new OutboxEntry(channel, report, state, attempts, recordedAt, time, updatedAt, reference, error);
  }

  /** Given up for good. {@code attempted} is false when no send was made (the channel is gone). */
  public OutboxEntry failed(String why, boolean attempted, Instant now) {
    return new OutboxEntry(channel, report, State.FAILED, attempts + (attempted ? 1 : 0), recordedAt, dueAt, now,
        null, why);
  }

  /** Replaced by a newer revision before it was sent. */
  public OutboxEntry superseded(Instant now) {
    return new OutboxEntry(channel, report, State.SUPERSEDED, attempts, recordedAt, dueAt, now, reference, error);
  }

  /** Whether this entry and {@code other} are the same notification (incident, channel, revision). */
  public boolean sameKey(OutboxEntry other) {
    return channel.equals(other.channel) && incidentId().equals(other.incidentId()) && revision() == other.revision();
  }
}
