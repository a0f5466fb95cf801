package dev.rootline.anomaly;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How far each replica has closed each source's windows, as it said last: a window is whole once
 * every replica heard from lately has closed it. Replicas say so in a progress record sent after
 * the partials of the windows it closed, on the same partition, so its word never overtakes a
 * share of those windows still on its way. A replica not heard from while records kept coming
 * for {@code expireMillis} (stopped, or without data here) is no longer waited for. That time runs
 * only while records come (a gap counts one second at most), so an outage of the broker, when
 * nobody is heard from, forgets nobody. Bounded to a few hundred replica-sources; beyond, new ones
 * are not tracked. Not thread-safe.
 */
final class ReplicaProgress {
  /** Nothing known: no replica of the source said how far it has closed. */
  static final long UNKNOWN = Long.MIN_VALUE;
  private static final int MAX_TRACKED = 256;
  private static final long MAX_GAP_MILLIS = 1_000;

  private final long expireMillis;
  private final Map<String, Heard> heard = new HashMap<>();
  /** Time that records kept coming, in milliseconds. */
  private long activeMillis;
  private long lastNoteMillis = Long.MIN_VALUE;

  ReplicaProgress(long expireMillis) {
    this.expireMillis = expireMillis;
  }

  /** Notes that a record came at {@code nowMillis}: the clock of the expiry runs. */
  void arrived(long nowMillis) {
    if (lastNoteMillis != Long.MIN_VALUE) {
      activeMillis += Math.min(MAX_GAP_MILLIS, Math.max(0, nowMillis - lastNoteMillis));
    }
    lastNoteMillis = nowMillis;
  }

  /** Notes a replica's progress record, come at {@code nowMillis}; one that says nothing is ignored. */
  void note(PartialWindows.Sender sender, long nowMillis) {
    arrived(nowMillis);
    if (!sender.saysProgress()) {
      return;
    }
    String key = sender.source() + '\u0000' + sender.replica();
    Heard h = heard.get(key);
    if (h == null) {
      if (heard.size() >= MAX_TRACKED) {
        return;
      }
      h = new Heard(sender.source(), sender.replica());
      heard.put(key, h);
    }
    h.closedThroughMillis = Math.max(h.closedThroughMillis, sender.closedThroughMillis());
    h.atActiveMillis = activeMillis;
  }

  /**
   * The window end up to which every replica of {@code source} heard from lately has closed its
   * windows, or {@link #UNKNOWN}. Forgets replicas not heard from for the expiry.
   */
  long closedThrough(String source) {
    long min = UNKNOWN;
    Iterator<Heard> it = heard.values().iterator();
    while (it.hasNext()) {
      Heard h = it.next();
      if (activeMillis - h.atActiveMillis > expireMillis) {
        it.remove();
      } else if (h.source.equals(source)) {
        min = min == UNKNOWN ? h.closedThroughMillis : Math.min(min, h.closedThroughMillis);
      }
    }
    return min;
  }

  /** How long records (partials and progress records) have kept coming, in milliseconds: the clock of the expiry. */
  long activeMillis() {
    return activeMillis;
  }

  /**
   * Whether a replica of {@code source} other than {@code asking}, heard from within the last
   * {@code withinMillis} (of the time records kept coming, and never longer than the expiry), had
   * not closed every window ending at or before {@code endMillis}: its share may still come. One
   * not heard from for longer may simply have no data here, or have stopped.
   */
  boolean someBehind(String source, String asking, long endMillis, long withinMillis) {
    long recent = Math.min(withinMillis, expireMillis);
    for (Heard h : heard.values()) {
      if (h.source.equals(source) && !h.replica.equals(asking) && activeMillis - h.atActiveMillis <= recent
          && h.closedThroughMillis < endMillis) {
        return true;
      }
    }
    return false;
  }

  /** One replica's word on one source. */
  private static final class Heard {
    final String source;
    final String replica;
    long closedThroughMillis = UNKNOWN;
    long atActiveMillis;

    Heard(String source, String replica) {
      this.source = source;
      this.replica = replica;
    }
  }
}
