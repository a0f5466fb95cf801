package dev.rootline.ingest.window;

/**
 * Event-time progress for a live pipeline. The watermark is the latest event time seen, moved on
 * by wall-clock time while no newer event arrives, so windows close both under live traffic and
 * after it stops, and a fast replay advances at the pace of its events.
 *
 * <p>The watermark moves only while the source is <em>caught up</em> (connected and at most a
 * little behind the end of its log, as the caller tells on each call). While it is behind —
 * disconnected from the broker, rejoining its group, or reading a lag — the watermark holds where
 * it was, neither moved by events nor by the wall clock, so a backlog read meanwhile is windowed by
 * its own time whatever order its partitions arrive in, instead of counted late. Once caught up
 * again it jumps to the latest event time seen.
 *
 * <p>Two bounds: event times further ahead of the wall clock than the allowed skew are clamped, so
 * one span from a broken clock cannot close every window early; and the watermark never trails the
 * latest event time seen by more than {@code maxBehindMillis}, so open windows span at most that
 * bound plus the grace of event time, and data older than that behind the newest is counted late
 * rather than windowed. A replay of old history read in order is still windowed. Not thread-safe.
 */
public final class Watermark {
  private final long maxFutureSkewMillis;
  private final long maxBehindMillis;
  private long eventMillis = Long.MIN_VALUE;
  private long caughtUpMillis;
  private long lastWallMillis = Long.MIN_VALUE;

  /** A watermark whose source is always caught up and that is never floored (replays, RCA). */
  public Watermark(long maxFutureSkewMillis) {
    this(maxFutureSkewMillis, Long.MAX_VALUE);
  }

  /**
   * @param maxFutureSkewMillis how far ahead of the wall clock an event time may move the watermark
   * @param maxBehindMillis how far behind the latest event time the watermark may be held at most
   */
  public Watermark(long maxFutureSkewMillis, long maxBehindMillis) {
    if (maxFutureSkewMillis < 0 || maxBehindMillis < 0) {
      throw new IllegalArgumentException("skew and hold must not be negative");
    }
    this.maxFutureSkewMillis = maxFutureSkewMillis;
    this.maxBehindMillis = maxBehindMillis;
  }

  /** As {@link #at(long, long, boolean)} for a source that is always caught up. */
  public long at(long latestEventMillis, long wallMillis) {
    return at(latestEventMillis, wallMillis, true);
  }

  /**
   * The watermark at {@code wallMillis}, given the latest event time seen so far and whether the
   * source is caught up now (taken to hold since the previous call); {@code Long.MIN_VALUE} until an
   * event has been seen.
   */
  public long at(long latestEventMillis, long wallMillis, boolean caughtUp) {
    if (caughtUp) {
      long event = Math.min(latestEventMillis, wallMillis + maxFutureSkewMillis);
      if (event > eventMillis) {
        eventMillis = event;
        caughtUpMillis = 0;
      } else if (lastWallMillis != Long.MIN_VALUE) {
        caughtUpMillis += Math.max(0, wallMillis - lastWallMillis);
      }
    }
    lastWallMillis = wallMillis;
    long mark = eventMillis == Long.MIN_VALUE ? Long.MIN_VALUE : eventMillis + caughtUpMillis;
    long latest = Math.min(latestEventMillis, wallMillis + maxFutureSkewMillis);
    if (maxBehindMillis == Long.MAX_VALUE || latest == Long.MIN_VALUE) {
      return mark;
    }
    return Math.max(mark, latest - maxBehindMillis);
  }
}
