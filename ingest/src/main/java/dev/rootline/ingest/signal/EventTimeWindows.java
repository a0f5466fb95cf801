package dev.rootline.ingest.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Fixed event-time windows holding one accumulator per key, closed by a watermark under the same
 * rule as the span windows: a window closes once its end plus the grace is not after the watermark.
 * Bounded in open windows. Not thread-safe.
 */
final class EventTimeWindows<K, A> {
  /** One closed window of one key. */
  record Closed<K, A>(K key, long startMillis, A value) {}

  private final long windowMillis;
  private final long graceMillis;
  private final int maxOpenWindows;
  private final Supplier<A> factory;
  private final NavigableMap<Long, Map<K, A>> open = new TreeMap<>();
  private int openWindows;
  private long closedBeforeMillis = Long.MIN_VALUE;
  private long late;
  private long overflow;

  EventTimeWindows(long windowMillis, long graceMillis, int maxOpenWindows, Supplier<A> factory) {
    if (windowMillis <= 0 || graceMillis < 0 || maxOpenWindows <= 0) {
      throw new IllegalArgumentException("window and bound must be positive, grace not negative");
    }
    this.windowMillis = windowMillis;
    this.graceMillis = graceMillis;
    this.maxOpenWindows = maxOpenWindows;
    this.factory = factory;
  }

  /** The accumulator of {@code key} for the window holding {@code eventMillis}; null, counted, when closed or full. */
  A at(K key, long eventMillis) {
    if (startOf(eventMillis) < closedBeforeMillis) {
      late++;
      return null;
    }
    return openAt(key, eventMillis);
  }

  /** Whether the window holding {@code eventMillis} is still open. */
  boolean isOpen(long eventMillis) {
    return startOf(eventMillis) >= closedBeforeMillis;
  }

  /** As {@link #at}, but a closed window is not counted as late: for spreading a value backwards. */
  A openAt(K key, long eventMillis) {
    long start = startOf(eventMillis);
    if (start < closedBeforeMillis) {
      return null;
    }
    Map<K, A> window = open.get(start);
    A value = window == null ? null : window.get(key);
    if (value != null) {
      return value;
    }
    if (openWindows >= maxOpenWindows) {
      overflow++;
      return null;
    }
    value = factory.get();
    open.computeIfAbsent(start, s -> new HashMap<>()).put(key, value);
    openWindows++;
    return value;
  }

  /** Closes the windows the watermark has passed (end + grace ≤ watermark), oldest first. */
  List<Closed<K, A>> advanceTo(long watermarkMillis) {
    if (watermarkMillis == Long.MIN_VALUE) {
      return List.of();
    }
    long closeBefore = startOf(watermarkMillis - graceMillis);
    if (closeBefore <= closedBeforeMillis) {
      return List.of();
    }
    closedBeforeMillis = closeBefore;
    List<Closed<K, A>> closed = new ArrayList<>();
    Map<Long, Map<K, A>> due = open.headMap(closeBefore, false);
    due.forEach((start, window) -> window.forEach((key, value) -> closed.add(new Closed<>(key, start, value))));
    openWindows -= closed.size();
    due.clear();
    return closed;
  }

  long startOf(long eventMillis) {
    return Math.floorDiv(eventMillis, windowMillis) * windowMillis;
  }

  long windowMillis() {
    return windowMillis;
  }

  /** Windows starting before this are closed; {@code Long.MIN_VALUE} before the first close. */
  long closedBeforeMillis() {
    return closedBeforeMillis;
  }

  long late() {
    return late;
  }

  long overflow() {
    return overflow;
  }

  int openWindows() {
    return openWindows;
  }
}
