package dev.rootline.app.rca;

import dev.rootline.app.ingest.TopicsConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Positions the analysis' consumers of windows and anomalies at {@code now - look-back} on every
 * partition they are assigned, so that a started, restarted or new replica rebuilds the same open
 * incidents, under the same ids, and the same baselines from Kafka; and tells {@link CatchUp} how
 * far it has to read. Runs on the consumer's polling thread.
 */
@ApplicationScoped
@Identifier(RcaRewind.NAME)
public class RcaRewind implements KafkaConsumerRebalanceListener {
  static final String NAME = "rootline-rca-rewind";
  private static final Logger LOG = Logger.getLogger(RcaRewind.class);

  private final long lookBackMillis;
  private final Clock clock;
  private final CatchUp catchUp;

  RcaRewind(RcaConfig config, TopicsConfig topics, Clock clock) {
    this.lookBackMillis = config.lookBack().toMillis();
    this.clock = clock;
    this.catchUp = new CatchUp(Set.of(topics.windows(), topics.anomalies()), clock.millis(),
        lookBackMillis == 0 ? 0 : config.catchUpTimeout().toMillis());
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    if (partitions.isEmpty() || lookBackMillis == 0) {
      return;
    }
    long from = clock.millis() - lookBackMillis;
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(partition -> query.put(partition, from));
    Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp at = found.get(partition);
      long end = ends.getOrDefault(partition, 0L);
      long start = at == null ? end : at.offset(); // nothing that recent: only what comes next
      consumer.seek(partition, start);
      catchUp.expect(partition.topic(), partition.partition(), start, end);
      LOG.debugf("analysis rereads %s from offset %d to %d", partition, start, end);
    }
  }

  /** A record of the windows or anomalies topic was read (for the catch-up). */
  void seen(String topic, int partition, long offset) {
    catchUp.seen(topic, partition, offset);
  }

  /** Whether the history has been reread, so the analysis may report. */
  boolean caughtUp() {
    return catchUp.done(clock.millis());
  }
}
