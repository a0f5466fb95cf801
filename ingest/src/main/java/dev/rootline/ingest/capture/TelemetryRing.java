package dev.rootline.ingest.capture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The most recent items of one signal, in arrival order, bounded twice: at most {@code capacity}
 * items, and none older than {@code retentionMillis} before the newest event time seen. The oldest
 * go first and are counted; at high traffic the count bound wins, so the ring covers less time.
 * Thread-safe by one lock; {@link #slice} copies, so callers never see the ring change.
 *
 * @param <T> the item, e.g. a span
 */
public final class TelemetryRing<T> {
  private final int capacity;
  private final long retentionMillis;
  private final ToLongFunction<T> eventMillis;
  private final Deque<T> items = new ArrayDeque<>();
  private long newestMillis = Long.MIN_VALUE;
  private long evicted;

  /**
   * @param capacity        the most items kept, at least 1
   * @param retentionMillis how far behind the newest event time items are kept
   * @param eventMillis     an item's event time, epoch milliseconds
   */
  public TelemetryRing(int capacity, long retentionMillis, ToLongFunction<T> eventMillis) {
    if (capacity < 1 || retentionMillis < 1) {
      throw new IllegalArgumentException("capacity and retention must be positive");
    }
    this.capacity = capacity;
    this.retentionMillis = retentionMillis;
    this.eventMillis = eventMillis;
  }

  /** Keeps the items, evicting the oldest beyond either bound. */
  public synchronized void addAll(Collection<T> batch) {
    for (T item : batch) {
      newestMillis = Math.max(newestMillis, eventMillis.applyAsLong(item));
      items.addLast(item);
    }
    while (items.size() > capacity) {
      items.removeFirst();
      evicted++;
    }
    long oldestKept = newestMillis - retentionMillis;
    while (!items.isEmpty() && eventMillis.applyAsLong(items.peekFirst()) < oldestKept) {
      items.removeFirst();
      evicted++;
    }
  }

  /** The kept items with event time in {@code [fromMillis, toMillis)}, in arrival order. */
  public synchronized List<T> slice(long fromMillis, long toMillis) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      long millis = eventMillis.applyAsLong(item);
      if (millis >= fromMillis && millis < toMillis) {
        out.add(item);
      }
    }
    return out;
  }

  /** The newest event time seen, or {@code Long.MIN_VALUE} before the first item. */
  public synchronized long newestMillis() {
    return newestMillis;
  }

  /** Items evicted by either bound since the ring was made. */
  public synchronized long evicted() {
    return evicted;
  }

  public synchronized int size() {
    return items.size();
  }
}
