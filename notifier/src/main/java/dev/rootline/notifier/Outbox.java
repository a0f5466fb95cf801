package dev.rootline.notifier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Notifications recorded before they are sent, so that a crash loses none and a restart or a
 * replayed report repeats none: entries are keyed by (incident, channel, revision). Implementations
 * are thread-safe; calls block until the store answered; failures surface as exceptions and nobody
 * retries inside.
 */
public interface Outbox {

  /**
   * Records a pending entry, unless this revision or a newer one of the incident is already recorded
   * for the channel (then nothing changes and the answer is false). Older pending revisions of the
   * incident for the channel become {@link OutboxEntry.State#SUPERSEDED}: only the newest is sent.
   */
  boolean record(OutboxEntry entry);

  /** Pending entries due at or before {@code now}, earliest due first, at most {@code limit}. */
  List<OutboxEntry> due(Instant now, int limit);

  /**
   * Takes a pending entry, as read from {@link #due}, for one sender until {@code until} by moving its
   * due time there: true when this caller got it; false when another sender (a replica) took it
   * first, or it was superseded or changed since it was read. A sender that dies holding it leaves it
   * due again at {@code until}, so nothing is lost.
   */
  boolean claim(OutboxEntry entry, Instant until);

  /**
   * Writes the entry's new state, attempts, due time, reference and error over the entry of the same
   * key, except that an entry superseded meanwhile stays superseded rather than becoming pending again.
   *
   * @throws IllegalArgumentException when no entry has the key
   */
  void update(OutboxEntry entry);

  /** The incident's newest entry for the channel, in any state. */
  Optional<OutboxEntry> latest(String incidentId, String channel);

  /** The incident's newest delivered entry for the channel: its reference is the message to update. */
  Optional<OutboxEntry> lastDelivered(String incidentId, String channel);

  /** Entries most recently changed first, at most {@code limit}; only those in {@code state} unless it is null. */
  List<OutboxEntry> recent(OutboxEntry.State state, int limit);

  /** An outbox in memory: for tests, the demo and the memory store. Lost on exit. */
  static Outbox inMemory() {
    return new InMemoryOutbox();
  }
}
