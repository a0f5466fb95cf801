package dev.rootline.ingest.window;

/**
 * Event-time progress for a live pipeline: the latest event time seen, moved on by wall-clock time
 * while no newer event arrives, so windows close both under live traffic and after it stops, and a
 * fast replay advances at the pace of its events. Event times further ahead of the wall clock than
 * the allowed skew are clamped, so one span from a broken clock cannot close every window early.
 * Not thread-safe.
 */
public final class Watermark {
  private final long maxFutureSkewMillis;
  private long eventMillis = Long.MIN_VALUE;
  private long wallAtEventMillis;

  public Watermark(long maxFutureSkewMillis) {
    this.maxFutureSkewMillis = maxFutureSkewMillis;
  }

  /**
   * The watermark at {@code wallMillis}, given the latest event time seen so far; {@code
   * Long.MIN_VALUE} until an event has been seen.
   */
  public long at(long latestEventMillis, long wallMillis) {
    long event = Math.min(latestEventMillis, wallMillis + maxFutureSkewMillis);
    if (event > eventMillis) {
      eventMillis = event;
      wallAtEventMillis = wallMillis;
    }
    if (eventMillis == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return eventMillis + Math.max(0, wallMillis - wallAtEventMillis);
  }
}
