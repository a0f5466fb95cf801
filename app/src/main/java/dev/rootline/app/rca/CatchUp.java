package dev.rootline.app.rca;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether the analysis has reread the history it rewound to: every assigned partition of the
 * expected topics read up to the end it had when assigned, or the timeout passed since the start
 * (a partition whose end cannot be reached must not silence the analysis for good). Until then the
 * engine must not report: an incident rebuilt from half its anomalies could be named or numbered
 * wrongly. Thread-safe.
 */
final class CatchUp {
  private final Set<String> expectedTopics;
  private final long startMillis;
  private final long timeoutMillis;
  private final Set<String> assignedTopics = new HashSet<>();
  private final Map<String, Long> remainingEnd = new HashMap<>();
  private boolean done;

  CatchUp(Set<String> expectedTopics, long startMillis, long timeoutMillis) {
    this.expectedTopics = Set.copyOf(expectedTopics);
    this.startMillis = startMillis;
    this.timeoutMillis = timeoutMillis;
  }

  /** A partition was assigned and positioned at {@code start}; its end was {@code end} (exclusive). */
  synchronized void expect(String topic, int partition, long start, long end) {
    assignedTopics.add(topic);
    if (start < end) {
      remainingEnd.put(topic + "-" + partition, end);
    } else {
      remainingEnd.remove(topic + "-" + partition);
    }
  }

  /** A record at this offset was read. */
  synchronized void seen(String topic, int partition, long offset) {
    String key = topic + "-" + partition;
    Long end = remainingEnd.get(key);
    if (end != null && offset + 1 >= end) {
      remainingEnd.remove(key);
    }
  }

  /** Whether the history is reread (or the wait timed out); once true, stays true. */
  synchronized boolean done(long nowMillis) {
    if (!done) {
      done = assignedTopics.containsAll(expectedTopics) && remainingEnd.isEmpty()
          || nowMillis - startMillis >= timeoutMillis;
    }
    return done;
  }
}
