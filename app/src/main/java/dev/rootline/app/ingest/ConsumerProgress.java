package dev.rootline.app.ingest;

import dev.rootline.app.ingest.LogEnd.Progress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Whether each OTLP consumer is caught up with its topic (less than the grace behind its end, see
 * {@link LogEnd}), probed once a second on the consumer's own polling thread (a Kafka consumer is
 * single-threaded). The watermarks of the span, metric and log windows move only while their
 * consumer is caught up. A channel whose probes have not answered for {@value #STALE_MILLIS} ms —
 * a lost broker, a polling thread stuck on it — counts as behind. Exported as
 * {@code rootline_ingest_consumer_caught_up{channel}} (1 or 0).
 */
@ApplicationScoped
public class ConsumerProgress {
  static final List<String> CHANNELS = List.of("spans", "metrics", "logs");
  private static final long STALE_MILLIS = 3_000;
  // Longer than the consumer's fetch.max.wait.ms (500 ms by default): the broker answers a
  // connection's requests in order, so the probe's request for end offsets waits behind the
  // consumer's own fetch, which an idle partition holds open that long (ADR 002).
  private static final Duration PROBE_TIMEOUT = Duration.ofMillis(1_500);
  // A probe queued behind a polling thread that never comes back (a closed consumer) is given up.
  private static final Duration GIVE_UP = Duration.ofSeconds(10);

  private final KafkaClientService kafka;
  private final Clock clock;
  private final Duration tolerance;
  private final Map<String, Probe> probes = new ConcurrentHashMap<>();
  private final Map<KafkaConsumer<?, ?>, LogEnd> logEnds = new ConcurrentHashMap<>();

  ConsumerProgress(KafkaClientService kafka, Clock clock, IngestConfig config, MeterRegistry registry) {
    this.kafka = kafka;
    this.clock = clock;
    this.tolerance = config.grace();
    for (String channel : CHANNELS) {
      probes.put(channel, new Probe());
      Gauge.builder("rootline.ingest.consumer.caught.up", this, p -> p.caughtUp(channel) ? 1 : 0)
          .tag("channel", channel).description("Whether the channel's consumer keeps up with its topic (1) or is behind (0)")
          .register(registry);
    }
  }

  /** Whether the channel's consumers all kept up with their topic at the latest probe. */
  public boolean caughtUp(String channel) {
    Probe probe = probes.get(channel);
    return probe.caughtUp && clock.millis() - probe.answeredAtMillis <= STALE_MILLIS;
  }

  @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void probe() {
    probes.forEach(this::probe);
  }

  private void probe(String channel, Probe probe) {
    List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(channel);
    if (consumers.isEmpty()) {
      // Not a Kafka channel (or not started yet): nothing to wait for.
      probe.answer(Progress.KEEPS_UP, clock.millis());
      return;
    }
    // One probe at a time: a polling thread stuck on a lost broker must not collect a queue of them.
    if (!probe.pending.compareAndSet(false, true)) {
      return;
    }
    AtomicReference<Progress> all = new AtomicReference<>(Progress.KEEPS_UP);
    Multi.createFrom().iterable(consumers)
        .onItem().transformToUniAndConcatenate(c -> c.runOnPollingThread(progressOf(c))
            .ifNoItem().after(GIVE_UP).recoverWithItem(Progress.NO_ANSWER))
        .subscribe().with(progress -> all.accumulateAndGet(progress, Progress::worse),
            failure -> probe.answer(Progress.BEHIND, clock.millis()),
            () -> probe.answer(all.get(), clock.millis()));
  }

  private Function<Consumer<Object, Object>, Progress> progressOf(KafkaConsumer<?, ?> consumer) {
    LogEnd logEnd = logEnds.computeIfAbsent(consumer, c -> new LogEnd(tolerance, PROBE_TIMEOUT));
    return c -> logEnd.progress(c, clock.millis());
  }

  /** The latest answer for one channel; written by the polling threads, read by the window ticks. */
  private static final class Probe {
    final AtomicBoolean pending = new AtomicBoolean();
    volatile boolean caughtUp;
    volatile long answeredAtMillis = Long.MIN_VALUE / 2;

    /** Takes a probe's finding; no answer leaves the previous one to go stale. */
    void answer(Progress progress, long nowMillis) {
      if (progress != Progress.NO_ANSWER) {
        caughtUp = progress == Progress.KEEPS_UP;
        answeredAtMillis = nowMillis;
      }
      pending.set(false);
    }
  }
}
