package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@link Notifier} that routes and records into an {@link Outbox}; the {@link Dispatcher} sends. */
final class OutboxNotifier implements Notifier {
  private final Routing routing;
  private final Outbox outbox;
  private final Duration coalesce;
  private final Clock clock;

  OutboxNotifier(Routing routing, Outbox outbox, Duration coalesce, Clock clock) {
    this.routing = routing;
    this.outbox = outbox;
    this.coalesce = coalesce;
    this.clock = clock;
  }

  @Override
  public void accept(RcaReport report) {
    Instant now = clock.instant();
    for (String channel : routing.channelsFor(report)) {
      Optional<OutboxEntry> latest = outbox.latest(report.id(), channel);
      outbox.record(OutboxEntry.pending(channel, report, now, due(latest, now)));
    }
  }

  private Instant due(Optional<OutboxEntry> latest, Instant now) {
    if (latest.isEmpty()) {
      return now;
    }
    Instant later = now.plus(coalesce);
    OutboxEntry replaced = latest.get();
    if (replaced.state() == OutboxEntry.State.PENDING && replaced.dueAt().isBefore(later)) {
      return replaced.dueAt();
    }
    return later;
  }
}
