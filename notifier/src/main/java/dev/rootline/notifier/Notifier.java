package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.time.Clock;
import java.time.Duration;

/**
 * Where stored reports go to be announced. {@link #accept} only records what is to be sent (it
 * does not wait for any destination), so it is quick and safe to call on the report path;
 * idempotent per (incident, revision): a replayed report records nothing new.
 */
public interface Notifier {

  /** Records the notifications the report calls for. Failures of the outbox surface as exceptions. */
  void accept(RcaReport report);

  /** Announces nothing. */
  static Notifier none() {
    return report -> { };
  }

  /**
   * Routes each report and records one outbox entry per channel. The first notification of an
   * incident on a channel is due at once; a later revision is due {@code coalesce} after it was
   * recorded, or when the pending revision it replaces was due, whichever is earlier, so that quick
   * successive updates go out as one.
   */
  static Notifier outbox(Routing routing, Outbox outbox, Duration coalesce, Clock clock) {
    return new OutboxNotifier(routing, outbox, coalesce, clock);
  }
}
