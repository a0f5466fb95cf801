package dev.rootline.app.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells a record this process has read before from one it has not. Kafka delivers at least once:
 * when a rebalance fences a consumer before its latest reads were committed (the group re-forming
 * after a broker outage, a replica joining or leaving), the partition is read again from the
 * committed offset. Handed on again, those records would be counted twice in windows still open,
 * or counted late in windows closed since. A record is read again when this process has read its
 * partition up to or past its offset and its timestamp is no newer than the newest read there up
 * to that offset: a topic deleted and created again starts its offsets over, with newer
 * timestamps, and is read as new. What another replica read is not known here. One per channel;
 * safe to call from any thread.
 */
final class Redeliveries {
  /** The highest offset read on a partition, and the newest record timestamp read up to it. */
  private record Mark(long offset, long newestTimestampMillis) {}

  private record Partition(String topic, int partition) {}

  private final Map<Partition, Mark> marks = new HashMap<>();

  /**
   * Whether the record at this place was read before by this process; if not, it is taken as read
   * now. Bounded by the number of partitions ever assigned.
   */
  synchronized boolean readBefore(String topic, int partition, long offset, long timestampMillis) {
    Partition key = new Partition(topic, partition);
    Mark mark = marks.get(key);
    if (mark != null && offset <= mark.offset() && timestampMillis <= mark.newestTimestampMillis()) {
      return true;
    }
    // Forward from the mark; or, for a newer record at an offset already passed, the log started over.
    marks.put(key, mark == null || offset <= mark.offset()
        ? new Mark(offset, timestampMillis)
        : new Mark(offset, Math.max(timestampMillis, mark.newestTimestampMillis())));
    return false;
  }
}
