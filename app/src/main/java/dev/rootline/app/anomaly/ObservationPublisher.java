package dev.rootline.app.anomaly;

import dev.rootline.anomaly.Observations;
import dev.rootline.anomaly.PartialWindows.Sender;
import dev.rootline.app.ingest.TopicsConfig;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.Window;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes closed windows as observations on {@code rootline.windows}, keyed by series and stamped
 * with the window's end, so the anomaly stage's stream time is event time. Each says which source
 * closed it with what grace, and which replica ({@link SenderHeaders}). After the observations of a
 * close, a progress record (empty value, the same headers) on every partition says the window end
 * up to which this replica has closed every window of the source: sent after them on the same
 * partition, it arrives after them, so the anomaly stage knows when the other replicas' shares of
 * a window are all in (ADR 018).
 */
@ApplicationScoped
public class ObservationPublisher {
  private static final String CHANNEL = "windows-out";
  private static final byte[] PROGRESS = new byte[0];
  /** How often the topic's partition count is asked again (partitions may be added). */
  private static final long PARTITIONS_REFRESH_MILLIS = 60_000;

  @Inject
  @Channel(CHANNEL)
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65_536)
  Emitter<byte[]> out;

  @Inject
  KafkaClientService kafka;

  @Inject
  TopicsConfig topics;

  /** This process, in the headers: partials of one replica are told from another's. */
  private final String replica = UUID.randomUUID().toString();
  /** Partitions of the topic, 0 until known. */
  private volatile int partitions;
  private volatile long partitionsAskedAt;

  /** Whether a record of the topic is a progress record rather than an observation. */
  public static boolean isProgress(byte[] value) {
    return value != null && value.length == 0;
  }

  /**
   * Publishes the observations of request windows that just closed with the grace given, every
   * window ending at or before {@code closedThroughMillis} being closed.
   */
  public void windows(List<Window> closed, long graceMillis, long closedThroughMillis) {
    Sender sender = sender(Sender.SPANS, graceMillis, closedThroughMillis);
    for (Window window : closed) {
      Observations.of(window.summary()).forEach(o -> publish(o, sender));
    }
    progress(closed.size(), sender);
  }

  /** Publishes observations closed elsewhere (metric and log series), then the sender's progress. */
  public void closed(List<Observation> observations, Sender sender) {
    observations.forEach(o -> publish(o, sender));
    progress(observations.size(), sender);
  }

  /** This replica as the sender of a source's windows. */
  public Sender sender(String source, long graceMillis, long closedThroughMillis) {
    return new Sender(source, graceMillis, replica, closedThroughMillis);
  }

  private void publish(Observation observation, Sender sender) {
    OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
        .withKey(observation.series().id())
        .withTimestamp(Instant.ofEpochMilli(observation.windowEndMillis()))
        .addHeaders(SenderHeaders.of(sender))
        .build();
    out.send(Message.of(ObservationJson.write(observation)).addMetadata(metadata));
  }

  /** After a close that handed on windows, says on every partition how far the sender has closed. */
  private void progress(int closed, Sender sender) {
    if (closed == 0 || !sender.saysProgress()) {
      return;
    }
    int n = partitions();
    for (int partition = 0; partition < n; partition++) {
      OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
          .withKey("progress:" + sender.source())
          .withPartition(partition)
          .withTimestamp(Instant.ofEpochMilli(sender.closedThroughMillis()))
          .addHeaders(SenderHeaders.of(sender))
          .build();
      out.send(Message.of(PROGRESS).addMetadata(metadata));
    }
  }

  /**
   * The topic's partitions as last learnt, asked at start and again every minute without waiting
   * (the answer comes from the producer's metadata); 0 until the first answer: until then no
   * progress is said, and the anomaly stage waits for this replica's shares as long as it would for
   * a silent one.
   */
  private int partitions() {
    long now = System.currentTimeMillis();
    KafkaProducer<String, byte[]> producer = kafka.getProducer(CHANNEL);
    if (now - partitionsAskedAt >= PARTITIONS_REFRESH_MILLIS && producer != null) {
      partitionsAskedAt = now;
      producer.partitionsFor(topics.windows()).subscribe().with(
          list -> partitions = list.size(),
          failure -> partitionsAskedAt = 0); // asked again at the next close
    }
    return partitions;
  }

  /** Asks for the partition count at start, so that the first close already says its progress. */
  void onStart(@Observes StartupEvent started) {
    partitions();
  }
}
