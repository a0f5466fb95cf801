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
 * still count; spans later than that are counted as late and not added. Memory is bounded by the
 * number of open windows: spans that would open one more are counted as overflow.
 * Not thread-safe: one owner adds and advances.
 */
public final class WindowAggregator {
  private final long windowMillis;
  private final long graceMillis;
  private final int maxOpenWindows;
  private final Map<SeriesKey, OpenWindows> series = new HashMap<>();
  private int openWindows;
  private long closedBeforeMillis = Long.MIN_VALUE;
  private long maxEventMillis = Long.MIN_VALUE;
  private long lateSpans;
  private long overflowSpans;

  public WindowAggregator(Duration window, Duration grace, int maxOpenWindows) {
    if (window.toMillis() <= 0 || grace.isNegative() || maxOpenWindows <= 0) {
      throw new IllegalArgumentException("window and max open windows must be positive, grace not negative");
    }
    this.windowMillis = window.toMillis();
    this.graceMillis = grace.toMillis();
    this.maxOpenWindows = maxOpenWindows;
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

  /**
   * Moves the watermark to {@code watermarkMillis} and returns the windows it closes: those whose
   * end plus the grace period is not after the watermark, oldest first within each series. A
   * watermark below an earlier one closes nothing.
   */
  public List<Window> advanceTo(long watermarkMillis) {
    long closeBefore = Math.floorDiv(watermarkMillis - graceMillis, windowMillis) * windowMillis;
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
