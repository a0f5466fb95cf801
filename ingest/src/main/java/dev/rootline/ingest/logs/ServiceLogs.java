package dev.rootline.ingest.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * The log templates of one service: a Drain miner, each template's history, and the service's own
 * counts (which include logs of the overflow template). Templates not seen for the whole ring are
 * evicted when the miner is full, at most once per minute, so a long run keeps learning.
 */
final class ServiceLogs {
  private static final long MINUTE = 60_000;

  final Drain drain;
  final Map<Integer, TemplateHistory> templates = new HashMap<>();
  final MinuteCounts counts;
  private final int minutes;
  private final int maxExampleChars;
  private long lastSweepMinute = Long.MIN_VALUE;

  ServiceLogs(Drain.Config drain, int minutes, int maxExampleChars) {
    this.drain = new Drain(drain);
    this.counts = new MinuteCounts(minutes);
    this.minutes = minutes;
    this.maxExampleChars = maxExampleChars;
  }

  /** Counts and mines one log; false when its minute has already left the ring. */
  boolean add(long millis, String body, boolean error) {
    long minute = Math.floorDiv(millis, MINUTE);
    if (!counts.add(minute, error)) {
      return false;
    }
    if (drain.isFull() && minute != lastSweepMinute) {
      lastSweepMinute = minute;
      evictUnseen();
    }
    Template template = drain.add(body);
    templates.computeIfAbsent(template.id(), id -> new TemplateHistory(minutes))
        .add(millis, minute, body, error, maxExampleChars);
    return true;
  }

  /** The oldest minute still in the ring (the service's latest minute counted is the newest). */
  long oldestMinute() {
    return counts.head() - minutes + 1;
  }

  long latestMinute() {
    return counts.head();
  }

  private void evictUnseen() {
    long oldest = oldestMinute();
    templates.entrySet().removeIf(e -> {
      boolean unseen = e.getValue().counts.head() < oldest;
      if (unseen) {
        drain.remove(e.getKey());
      }
      return unseen;
    });
  }
}
