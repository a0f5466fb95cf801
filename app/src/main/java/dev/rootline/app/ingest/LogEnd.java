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
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Whether a channel's Kafka consumers keep up with their log: they have partitions and every
 * partition's position has reached the end offset the log had a tolerance ago (the grace: a
 * consumer less than that behind loses nothing to lateness). Right after a new assignment there is
 * no older end to compare with, so the current end is asked for. No partitions (rejoining) or a lag
 * older than the tolerance is behind; a broker that does not give the end offsets within the
 * timeout gives no answer, and the ends seen before stay the reference. One per consumer; its
 * probes run one at a time.
 */
final class LogEnd {
  /** What one probe found. */
  enum Progress {
    KEEPS_UP, BEHIND, NO_ANSWER;

    /** The less settled of two consumers' answers: behind before no answer before keeping up. */
    Progress worse(Progress other) {
      return this == BEHIND || other == BEHIND ? BEHIND : this == NO_ANSWER ? this : other;
    }
  }

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
  Progress progress(Consumer<?, ?> consumer, long nowMillis) {
    try {
      Set<TopicPartition> assigned = consumer.assignment();
      ends.keySet().retainAll(assigned);
      if (assigned.isEmpty()) {
        return Progress.BEHIND;
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
      return keepsUp ? Progress.KEEPS_UP : Progress.BEHIND;
    } catch (TimeoutException e) {
      // A slow or lost broker. Clearing the ends here would compare the next answer with the end
      // of that moment, which live traffic has usually passed by a record or two (ADR 002).
      return Progress.NO_ANSWER;
    } catch (KafkaException | IllegalStateException e) {
      // A revoked partition, a closing consumer: behind, and the history of ends starts again.
      ends.clear();
      return Progress.BEHIND;
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
