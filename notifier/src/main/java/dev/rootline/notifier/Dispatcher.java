package dev.rootline.notifier;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Sends what the outbox holds, at least once: each {@link #tick} takes the due entries, sends each
 * through its channel unless the channel's spacing or a {@code Retry-After} holds it back, and writes
 * the result back before taking the next. Each entry is claimed before it is sent, so that replicas
 * ticking over the same outbox do not both send it. An entry is marked delivered only after the
 * destination answered, so a crash between the two sends it again once the claim lapses (the
 * channels are idempotent where their APIs allow); it is never marked without sending, so nothing is
 * lost. One thread ticks at a time.
 */
public final class Dispatcher {
  private final Outbox outbox;
  private final Map<String, Destination> destinations = new LinkedHashMap<>();
  private final DeliveryPolicy policy;
  private final Function<String, URI> links;
  private final Clock clock;
  private final Random random;
  private final Map<String, Instant> notBefore = new HashMap<>();

  /**
   * @param links  the link to an incident's report, by incident id
   * @param random draws the jitter; a seeded one makes tests exact
   */
  public Dispatcher(Outbox outbox, List<Destination> destinations, DeliveryPolicy policy,
      Function<String, URI> links, Clock clock, Random random) {
    this.outbox = outbox;
    destinations.forEach(d -> this.destinations.put(d.name(), d));
    this.policy = policy;
    this.links = links;
    this.clock = clock;
    this.random = random;
  }

  /** Sends the entries due now; blocks while channels answer. Returns the entries it settled or rescheduled. */
  public synchronized List<OutboxEntry> tick() {
    List<OutboxEntry> done = new ArrayList<>();
    Instant now = clock.instant();
    for (OutboxEntry entry : outbox.due(now, policy.batch())) {
      Destination destination = destinations.get(entry.channel());
      if (destination == null) {
        done.add(write(entry.failed("channel '" + entry.channel() + "' is not configured", false, now)));
      } else if (newerRecorded(entry)) {
        // Recorded after this tick took its list, or by another replica at the same moment.
        done.add(write(entry.superseded(now)));
      } else if (!notBefore.getOrDefault(entry.channel(), Instant.MIN).isAfter(now)
          && outbox.claim(entry, now.plus(policy.lease()))) {
        done.add(write(send(entry, destination)));
      }
    }
    return done;
  }

  private boolean newerRecorded(OutboxEntry entry) {
    return outbox.latest(entry.incidentId(), entry.channel()).map(l -> l.revision() > entry.revision()).orElse(false);
  }

  private OutboxEntry send(OutboxEntry entry, Destination destination) {
    String previous = outbox.lastDelivered(entry.incidentId(), entry.channel()).map(OutboxEntry::reference).orElse(null);
    Outcome outcome;
    try {
      outcome = destination.channel().send(new Notification(entry.report(), links.apply(entry.incidentId()), previous));
    } catch (RuntimeException e) {
      // A channel's own fault must not stop the others, nor wedge this entry at the head of the queue.
      outcome = Outcome.retry("channel '" + destination.name() + "' failed: " + e);
    }
    Instant after = clock.instant();
    notBefore.put(destination.name(), after.plus(destination.spacing()));
    return switch (outcome.kind()) {
      case DELIVERED -> entry.delivered(outcome.reference(), after);
      case FAILED -> entry.failed(outcome.reason(), true, after);
      case RETRY -> retry(entry, outcome, destination, after);
    };
  }

  private OutboxEntry retry(OutboxEntry entry, Outcome outcome, Destination destination, Instant after) {
    Duration wait = outcome.retryAfter();
    if (wait != null) {
      // The destination throttles the whole channel, not only this entry.
      notBefore.merge(destination.name(), after.plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    } else {
      wait = policy.backoff(entry.attempts() + 1, random);
    }
    Instant next = after.plus(wait);
    Instant giveUp = entry.recordedAt().plus(policy.giveUpAfter());
    if (next.isAfter(giveUp)) {
      return entry.failed("gave up after " + (entry.attempts() + 1) + " attempts in "
          + Duration.between(entry.recordedAt(), after).toSeconds() + " s: " + outcome.reason(), true, after);
    }
    return entry.retry(outcome.reason(), next, after);
  }

  private OutboxEntry write(OutboxEntry entry) {
    outbox.update(entry);
    return entry;
  }
}
