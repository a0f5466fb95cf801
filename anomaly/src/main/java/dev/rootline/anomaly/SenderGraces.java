package dev.rootline.anomaly;

import java.util.HashMap;
import java.util.Map;

/**
 * The longest grace the replicas closed each source's windows with lately (this minute and the
 * one before), so that a window first seen from a replica with a short grace waits for the share
 * of a replica whose grace is longer: a replica that just started still closes its span windows
 * with the maximum grace while the others have learnt a shorter one (ADR 019). Sources are
 * compared apart (span windows and metric windows close with different graces). Bounded to a few
 * sources; any beyond wait nothing extra. Not thread-safe.
 */
final class SenderGraces {
  static final long BUCKET_MILLIS = 60_000;
  private static final int MAX_SOURCES = 16;

  private final Map<String, Longest> bySource = new HashMap<>();

  /** Notes the sender's grace at {@code nowMillis}; returns how much longer the longest recent grace of its source is. */
  long extraWait(PartialWindows.Sender sender, long nowMillis) {
    Longest longest = bySource.get(sender.source());
    if (longest == null) {
      if (bySource.size() >= MAX_SOURCES) {
        return 0;
      }
      longest = new Longest();
      bySource.put(sender.source(), longest);
    }
    return longest.note(sender.graceMillis(), Math.floorDiv(nowMillis, BUCKET_MILLIS)) - sender.graceMillis();
  }

  /** The longest grace of this bucket and of the one before. */
  private static final class Longest {
    long bucket = Long.MIN_VALUE;
    long current;
    long previous;

    long note(long graceMillis, long nowBucket) {
      if (nowBucket != bucket) {
        previous = nowBucket == bucket + 1 ? current : 0;
        current = 0;
        bucket = nowBucket;
      }
      current = Math.max(current, graceMillis);
      return Math.max(current, previous);
    }
  }
}
