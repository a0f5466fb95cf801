package dev.rootline.ingest.window;

import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.Window;
import dev.rootline.core.window.WindowSink;
import dev.rootline.core.window.WindowSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest closed window of every live series, for people to look at. Bounded: it keeps at most
 * {@code maxSeries} series and forgets those whose latest window is older than {@code ttlMillis}
 * behind the newest one. Thread-safe.
 */
public final class LatestWindows implements WindowSink {
  private final int maxSeries;
  private final long ttlMillis;
  private final Map<SeriesKey, WindowSummary> latest = new LinkedHashMap<>(256, 0.75f, true);
  private long newestStartMillis = Long.MIN_VALUE;

  public LatestWindows(int maxSeries, long ttlMillis) {
    this.maxSeries = maxSeries;
    this.ttlMillis = ttlMillis;
  }

  @Override
  public synchronized void accept(List<Window> closed) {
    for (Window window : closed) {
      WindowSummary summary = window.summary();
      WindowSummary previous = latest.get(summary.key());
      if (previous == null || previous.startMillis() <= summary.startMillis()) {
        latest.put(summary.key(), summary);
      }
      newestStartMillis = Math.max(newestStartMillis, summary.startMillis());
    }
    evict();
  }

  /** A snapshot of the live series, busiest first. */
  public synchronized List<WindowSummary> snapshot() {
    List<WindowSummary> all = new ArrayList<>(latest.values());
    all.sort(Comparator.comparingLong(WindowSummary::count).reversed()
        .thenComparing(s -> s.key().id()));
    return all;
  }

  private void evict() {
    latest.values().removeIf(s -> s.startMillis() < newestStartMillis - ttlMillis);
    var it = latest.entrySet().iterator();
    while (latest.size() > maxSeries && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
