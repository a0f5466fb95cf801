package dev.rootline.app.notify;

import dev.rootline.notifier.Destination;
import dev.rootline.notifier.Dispatcher;
import dev.rootline.notifier.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Ticks the {@link Dispatcher} every {@code rootline.notify.tick} and counts what became of each
 * attempt in {@code rootline_notifications_total{channel, outcome}}: {@code delivered},
 * {@code retry}, {@code failed} (given up), {@code superseded}. A tick that fails (the store is down)
 * is logged and the next one tries again: the outbox still holds everything.
 */
@ApplicationScoped
class NotificationDispatch {
  private static final Logger LOG = Logger.getLogger(NotificationDispatch.class);
  private final Dispatcher dispatcher;
  private final MeterRegistry registry;
  private final NotifyConfig config;

  NotificationDispatch(Dispatcher dispatcher, MeterRegistry registry, NotifyConfig config,
      List<Destination> destinations) {
    this.dispatcher = dispatcher;
    this.registry = registry;
    this.config = config;
    // Each channel's series exist from the start, at 0: an alert on increase() sees the first failure.
    for (Destination destination : destinations) {
      for (OutboxEntry.State state : OutboxEntry.State.values()) {
        counter(destination.name(), outcome(state));
      }
    }
  }

  @Scheduled(every = "${rootline.notify.tick:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (!config.enabled()) {
      return;
    }
    try {
      for (OutboxEntry entry : dispatcher.tick()) {
        counter(entry.channel(), outcome(entry.state())).increment();
        if (entry.state() == OutboxEntry.State.FAILED) {
          LOG.warnf("Notification of %s revision %d to '%s' given up: %s", entry.incidentId(), entry.revision(),
              entry.channel(), entry.error());
        }
      }
    } catch (RuntimeException e) {
      LOG.warnf("Notification tick failed, the next one tries again: %s", e.getMessage());
    }
  }

  /** What became of an attempt: {@code retry} for one still pending, else its state. */
  private static String outcome(OutboxEntry.State state) {
    return state == OutboxEntry.State.PENDING ? "retry" : state.name().toLowerCase(Locale.ROOT);
  }

  private Counter counter(String channel, String outcome) {
    return Counter.builder("rootline.notifications").tag("channel", channel).tag("outcome", outcome)
        .description("Notification attempts, by channel and what became of them").register(registry);
  }
}
