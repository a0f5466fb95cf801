package dev.rootline.anomaly;

import dev.rootline.core.window.SeriesKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The versions each operation has run recently, so that a deploy reads as traffic moving from one
 * version's series to the next (not as a drop on the old one) and the new version starts from the
 * old one's baseline (so a bad version is judged against what the operation normally does).
 */
final class Versions {
  /** Another version seen this recently makes a drop a traffic shift. */
  static final long RECENT_MILLIS = 30 * 60_000L;
  private static final long FORGET_MILLIS = 24 * 3_600_000L;

  private final Map<String, Map<String, Long>> lastEnds = new HashMap<>();

  void seen(SeriesKey series, long endMillis) {
    if (series instanceof SeriesKey.Operation op && !op.version().isEmpty()) {
      Map<String, Long> versions = lastEnds.computeIfAbsent(operation(op), k -> new HashMap<>(4));
      versions.merge(op.version(), endMillis, Math::max);
      if (versions.size() > 4) {
        versions.values().removeIf(end -> end < endMillis - FORGET_MILLIS);
      }
    }
  }

  /** Whether another version of the operation had traffic within {@link #RECENT_MILLIS} of {@code nowMillis}. */
  boolean otherActive(SeriesKey series, long nowMillis) {
    return latestOther(series, nowMillis - RECENT_MILLIS) != null;
  }

  /** Whether another version of the operation was seen after {@code endMillis}. */
  boolean superseded(SeriesKey series, long endMillis) {
    return latestOther(series, endMillis + 1) != null;
  }

  /** The other version of the operation seen last, at or after {@code sinceMillis}; null if none. */
  String latestOther(SeriesKey series, long sinceMillis) {
    if (!(series instanceof SeriesKey.Operation op) || op.version().isEmpty()) {
      return null;
    }
    String best = null;
    long bestEnd = Long.MIN_VALUE;
    for (Map.Entry<String, Long> v : lastEnds.getOrDefault(operation(op), Map.of()).entrySet()) {
      if (!v.getKey().equals(op.version()) && v.getValue() >= sinceMillis
          && (best == null || v.getValue() > bestEnd)) {
        best = v.getKey();
        bestEnd = v.getValue();
      }
    }
    return best;
  }

  private static String operation(SeriesKey.Operation op) {
    return op.service() + '|' + op.operation();
  }
}
