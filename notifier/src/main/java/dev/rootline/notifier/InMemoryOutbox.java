package dev.rootline.notifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Outbox} in a list; lost on exit. Linear scans: fine for the entries of a test or a demo. */
final class InMemoryOutbox implements Outbox {
  private final List<OutboxEntry> entries = new ArrayList<>();

  @Override
  public synchronized boolean record(OutboxEntry entry) {
    Optional<OutboxEntry> latest = latest(entry.incidentId(), entry.channel());
    if (latest.isPresent() && latest.get().revision() >= entry.revision()) {
      return false;
    }
    for (int i = 0; i < entries.size(); i++) {
      OutboxEntry older = entries.get(i);
      if (older.state() == OutboxEntry.State.PENDING && older.channel().equals(entry.channel())
          && older.incidentId().equals(entry.incidentId())) {
        entries.set(i, older.superseded(entry.recordedAt()));
      }
    }
    entries.add(entry);
    return true;
  }

  @Override
  public synchronized List<OutboxEntry> due(Instant now, int limit) {
    return entries.stream()
        .filter(e -> e.state() == OutboxEntry.State.PENDING && !e.dueAt().isAfter(now))
        .sorted(Comparator.comparing(OutboxEntry::dueAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean claim(OutboxEntry entry, Instant until) {
    for (int i = 0; i < entries.size(); i++) {
      OutboxEntry stored = entries.get(i);
      if (stored.sameKey(entry)) {
        if (stored.state() != OutboxEntry.State.PENDING || !stored.dueAt().equals(entry.dueAt())) {
          return false;
        }
        entries.set(i, stored.dueAgainAt(until));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void update(OutboxEntry entry) {
    for (int i = 0; i < entries.size(); i++) {
      OutboxEntry stored = entries.get(i);
      if (stored.sameKey(entry)) {
        boolean resurrect = stored.state() == OutboxEntry.State.SUPERSEDED && entry.state() == OutboxEntry.State.PENDING;
        entries.set(i, resurrect ? stored : entry);
        return;
      }
    }
    throw new IllegalArgumentException("no outbox entry for " + entry.incidentId() + " revision "
        + entry.revision() + " on " + entry.channel());
  }

  @Override
  public synchronized Optional<OutboxEntry> latest(String incidentId, String channel) {
    return newest(incidentId, channel, null);
  }

  @Override
  public synchronized Optional<OutboxEntry> lastDelivered(String incidentId, String channel) {
    return newest(incidentId, channel, OutboxEntry.State.DELIVERED);
  }

  @Override
  public synchronized List<OutboxEntry> recent(OutboxEntry.State state, int limit) {
    List<OutboxEntry> newestFirst = new ArrayList<>(entries);
    Collections.reverse(newestFirst); // among equal times, the later recorded first
    return newestFirst.stream()
        .filter(e -> state == null || e.state() == state)
        .sorted(Comparator.comparing(OutboxEntry::updatedAt).reversed())
        .limit(limit)
        .toList();
  }

  private Optional<OutboxEntry> newest(String incidentId, String channel, OutboxEntry.State state) {
    return entries.stream()
        .filter(e -> e.incidentId().equals(incidentId) && e.channel().equals(channel))
        .filter(e -> state == null || e.state() == state)
        .max(Comparator.comparingInt(OutboxEntry::revision));
  }
}
