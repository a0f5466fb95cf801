package dev.rootline.app.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a Kafka consumer has read to the end of its log: it has partitions, the broker answers,
 * and every partition's position is at its end offset. Anything short of that — no partitions
 * (rejoining its group), no answer within the timeout (broker down), a lag — counts as behind, so
 * the watermark holds rather than closes windows a backlog still has to fill.
 */
final class LogEnd {
  private LogEnd() {}

  /** Asks the broker; to be run on the consumer's own polling thread. Never throws. */
  static boolean reached(Consumer<?, ?> consumer, Duration timeout) {
    try {
      Set<TopicPartition> assigned = consumer.assignment();
      if (assigned.isEmpty()) {
        return false;
      }
      Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, timeout);
      for (TopicPartition partition : assigned) {
        if (!reached(consumer.position(partition, timeout), ends.get(partition))) {
          return false;
        }
      }
      return true;
    } catch (KafkaException | IllegalStateException e) {
      // A timeout (broker down), a revoked partition, a closing consumer: behind, for now.
      return false;
    }
  }

  /** A position at or past the end offset is caught up; an unknown end is not. */
  static boolean reached(long position, Long endOffset) {
    return endOffset != null && position >= endOffset;
  }
}
