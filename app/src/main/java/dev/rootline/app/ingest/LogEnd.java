package dev.rootline.app.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a channel's Kafka consumers keep up with their log: they have partitions, the broker
 * answers, and every partition's position has reached the end offset the log had a tolerance ago
 * (the grace: a consumer less than that behind loses nothing to lateness). Right after a failed
 * probe or a new assignment there is no older end to compare with, so the current end is asked for.
 * Anything short of that — no partitions (rejoining), no answer within the timeout (broker down),
 * a lag older than the tolerance — is behind. One per consumer; its probes run one at a time.
 */
final class LogEnd {
  /** An end offset and when it was seen. */
  private record Seen(long atMillis, long endOffset) {}

  private final long toleranceMillis;
  private final Duration timeout;
  private final Map<TopicPartition, Deque<Seen>> ends = new ConcurrentHashMap<>();

  LogEnd(Duration tolerance, Duration timeout) {
    this.toleranceMillis = tolerance.toMillis();
    this.timeout = timeout;
  }

  /** Asks the broker; to be run on the consumer's own polling thread. Never throws. */
  boolean keepsUp(Consumer<?, ?> consumer, long nowMillis) {
    try {
      Set<TopicPartition> assigned = consumer.assignment();
      ends.keySet().retainAll(assigned);
      if (assigned.isEmpty()) {
        return false;
      }
      Map<TopicPartition, Long> current = consumer.endOffsets(assigned, timeout);
      boolean keepsUp = true;
      for (TopicPartition partition : assigned) {
        Long end = current.get(partition);
        if (end == null) {
          ends.remove(partition);
          keepsUp = false;
          continue;
        }
        long reference = reference(partition, new Seen(nowMillis, end));
        keepsUp &= consumer.position(partition, timeout) >= reference;
      }
      return keepsUp;
    } catch (KafkaException | IllegalStateException e) {
      // A timeout (broker down), a revoked partition, a closing consumer: behind, and the history
      // of ends starts again, so the first answer after it is compared with the current end.
      ends.clear();
      return false;
    }
  }

  /** The end offset to compare with: the newest seen at least the tolerance ago, else the oldest. */
  private long reference(TopicPartition partition, Seen now) {
    Deque<Seen> seen = ends.computeIfAbsent(partition, p -> new ArrayDeque<>());
    seen.addLast(now);
    long cutoff = now.atMillis() - toleranceMillis;
    while (seen.size() > 1 && secondOf(seen).atMillis() <= cutoff) {
      seen.removeFirst();
    }
    return seen.getFirst().endOffset();
  }

  private static Seen secondOf(Deque<Seen> seen) {
    Iterator<Seen> it = seen.iterator();
    it.next();
    return it.next();
  }
}
