package dev.rootline.ingest.window;

import dev.rootline.core.telemetry.Span;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Aggregates spans into fixed event-time windows per series. A window stays open until the
 * watermark passes its end plus the grace period, so late and out-of-order spans within the grace
 * still count; spans later than that are counted as late and not added. The grace is fixed, or
 * learned from how far behind the event time already seen spans arrive ({@link Lateness}, ADR 019).
 * Memory is bounded by the number of open windows: spans that would open one more are counted as
 * overflow. Not thread-safe: one owner adds and advances.
 */
public final class WindowAggregator {
  private final long windowMillis;
  private final Lateness lateness;
  private final int maxOpenWindows;
  private final Map<SeriesKey, OpenWindows> series = new HashMap<>();
  private int openWindows;
  private long closedBeforeMillis = Long.MIN_VALUE;
  private long maxEventMillis = Long.MIN_VALUE;
  private long watermarkMillis = Long.MIN_VALUE;
  private long graceMillis;
  /** Whether spans added now teach the lateness: as the latest advance said; nothing before the first. */
  private boolean learning;
  private long lateSpans;
  private long overflowSpans;

  /** Windows with a fixed grace. */
  public WindowAggregator(Duration window, Duration grace, int maxOpenWindows) {
    this(window, checked(grace), maxOpenWindows);
  }

  /** Windows whose grace follows {@code lateness}, which this aggregator then owns and feeds. */
  public WindowAggregator(Duration window, Lateness lateness, int maxOpenWindows) {
    if (window.toMillis() <= 0 || maxOpenWindows <= 0) {
      throw new IllegalArgumentException("window and max open windows must be positive");
    }
    this.windowMillis = window.toMillis();
    this.lateness = lateness;
    this.graceMillis = lateness.maxMillis();
    this.maxOpenWindows = maxOpenWindows;
  }

  private static Lateness checked(Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative");
    }
    return Lateness.fixed(grace);
  }

  /** Counts each span, by its end time, in its operation and edge series. */
  public void addAll(List<Span> spans) {
    for (int i = 0, n = spans.size(); i < n; i++) {
      add(spans.get(i));
    }
  }

  /** Counts one span, by its end time, in its operation and edge series. */
  public void add(Span span) {
    long endMillis = span.endNanos() / 1_000_000;
    // Behind the newest end time seen, or behind the watermark, which also moves with the wall
    // clock between events: a sender exporting in order every 5 s is never behind the first, yet
    // its spans arrive up to 5 s behind the second, where windows close.
    long seen = Math.max(maxEventMillis, watermarkMillis);
    if (learning && seen != Long.MIN_VALUE) {
      lateness.record(seen - endMillis);
    }
    maxEventMillis = Math.max(maxEventMillis, endMillis);
    long start = Math.floorDiv(endMillis, windowMillis) * windowMillis;
    if (start < closedBeforeMillis) {
      lateSpans++;
      return;
    }
    double latencyMillis = span.durationNanos() / 1e6;
    boolean error = span.isError();
    SeriesKey operation = SeriesKeys.operation(span);
    if (operation != null) {
      record(operation, start, latencyMillis, error);
    }
    SeriesKey edge = SeriesKeys.edge(span);
    if (edge != null) {
      record(edge, start, latencyMillis, error);
    }
  }

  /** As {@link #advanceTo(long, boolean)} for a source whose lateness is its own (replays, tests). */
  public List<Window> advanceTo(long watermarkMillis) {
    return advanceTo(watermarkMillis, true);
  }

  /**
   * Moves the watermark to {@code watermarkMillis} and returns the windows it closes: those whose
   * end plus the grace is not after the watermark, oldest first within each series. A watermark
   * below an earlier one counts as the earlier one. The grace is the learned one when
   * {@code settled}; otherwise (the source is behind or has just caught up, and what arrives now
   * says more about the catching up than about the senders) it is the maximum, and spans added
   * until the next call teach nothing.
   */
  public List<Window> advanceTo(long watermarkMillis, boolean settled) {
    learning = settled;
    if (watermarkMillis > this.watermarkMillis) {
      this.watermarkMillis = watermarkMillis;
      lateness.rotateTo(watermarkMillis);
    }
    graceMillis = settled ? lateness.graceMillis() : lateness.maxMillis();
    if (this.watermarkMillis == Long.MIN_VALUE) {
      return List.of();
    }
    long closeBefore = Math.floorDiv(this.watermarkMillis - graceMillis, windowMillis) * windowMillis;
    if (closeBefore <= closedBeforeMillis) {
      return List.of();
    }
    closedBeforeMillis = closeBefore;
    List<Window> closed = new ArrayList<>();
    Iterator<OpenWindows> it = series.values().iterator();
    while (it.hasNext()) {
      OpenWindows windows = it.next();
      openWindows -= windows.closeBefore(closeBefore, closed);
      if (windows.isEmpty()) {
        it.remove();
      }
    }
    return closed;
  }

  /** The latest span end time seen, in epoch milliseconds: a watermark for replays. */
  public long maxEventMillis() {
    return maxEventMillis;
  }

  /** Every window ending at or before this is closed; {@code Long.MIN_VALUE} before the first close. */
  public long closedThroughMillis() {
    return closedBeforeMillis;
  }

  /** The grace used by the latest {@link #advanceTo}, in milliseconds (the maximum before any). */
  public long graceMillis() {
    return graceMillis;
  }

  /** Spans that arrived after their window had closed. */
  public long lateSpans() {
    return lateSpans;
  }

  /** Spans not counted because the open-window bound was reached. */
  public long overflowSpans() {
    return overflowSpans;
  }

  /** Windows currently open. */
  public int openWindows() {
    return openWindows;
  }

  private void record(SeriesKey key, long start, double latencyMillis, boolean error) {
    OpenWindows windows = series.get(key);
    Window window = windows == null ? null : windows.find(start);
    if (window == null) {
      if (openWindows >= maxOpenWindows) {
        overflowSpans++;
        return;
      }
      window = new Window(key, start, windowMillis);
      if (windows == null) {
        windows = new OpenWindows();
        series.put(key, windows);
      }
      windows.insert(window);
      openWindows++;
    }
    window.add(latencyMillis, error);
  }
}
