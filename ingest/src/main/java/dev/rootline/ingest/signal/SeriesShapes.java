package dev.rootline.ingest.signal;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.window.SeriesKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Shape} of every metric series, bounded in series. OTLP says whether a sum is monotonic,
 * but {@link MetricPoint} does not carry it, so a cumulative sum is judged by its name (the
 * semantic conventions name levels {@code .count}, {@code .usage}, {@code .limit}, ...) and else by
 * how it moves: it becomes a counter after a few rises and a level as soon as it falls in a way a
 * restarting counter would not. Not thread-safe.
 */
final class SeriesShapes {
  /** Rises (or flat steps) after which an undecided sum is taken for a counter. */
  static final int RISES_TO_DECIDE = 3;
  private static final List<String> LEVEL_SUFFIXES = List.of(
      ".count", ".usage", ".used", ".limit", ".max", ".min", ".idle", ".active", ".size",
      ".pending", ".available", ".utilization", ".committed", ".active_requests");

  private static final class State {
    Shape shape;
    int rises;
    long lastSeenMillis;

    State(Shape shape) {
      this.shape = shape;
    }
  }

  private final int maxSeries;
  private final Map<SeriesKey.Metric, State> series = new HashMap<>();

  SeriesShapes(int maxSeries) {
    this.maxSeries = maxSeries;
  }

  /** The shape of {@code key}, first judged from {@code point}; null when the series bound is reached. */
  Shape shapeOf(SeriesKey.Metric key, MetricPoint point, long millis) {
    State state = series.get(key);
    if (state == null) {
      if (series.size() >= maxSeries) {
        return null;
      }
      state = new State(initial(point));
      series.put(key, state);
    }
    state.lastSeenMillis = Math.max(state.lastSeenMillis, millis);
    return state.shape;
  }

  /** Tracks {@code key} with a fixed shape; false when the series bound is reached. */
  boolean register(SeriesKey.Metric key, Shape shape, long millis) {
    State state = series.get(key);
    if (state == null) {
      if (series.size() >= maxSeries) {
        return false;
      }
      state = new State(shape);
      series.put(key, state);
    }
    state.lastSeenMillis = Math.max(state.lastSeenMillis, millis);
    return true;
  }

  /** The shape of a known series, or null. */
  Shape shapeOf(SeriesKey.Metric key) {
    State state = series.get(key);
    return state == null ? null : state.shape;
  }

  /** Learns from how a cumulative sum of {@code key} moved. */
  void observe(SeriesKey.Metric key, Delta.Change change) {
    State state = series.get(key);
    if (state == null || (state.shape != Shape.UNDECIDED && state.shape != Shape.COUNTER)) {
      return;
    }
    if (change == Delta.Change.DROP) {
      state.shape = Shape.LEVEL;
    } else if (change == Delta.Change.RISE && ++state.rises >= RISES_TO_DECIDE) {
      state.shape = Shape.COUNTER;
    }
  }

  /** Forgets series not seen since {@code beforeMillis}. */
  void forgetIdle(long beforeMillis) {
    series.values().removeIf(state -> state.lastSeenMillis < beforeMillis);
  }

  int size() {
    return series.size();
  }

  static Shape initial(MetricPoint point) {
    return switch (point.type()) {
      case GAUGE -> Shape.LEVEL;
      case HISTOGRAM, EXPONENTIAL_HISTOGRAM, SUMMARY -> Shape.DISTRIBUTION;
      case SUM -> !point.cumulative() ? Shape.COUNTER : byName(point.name());
    };
  }

  /** Prometheus names counters {@code _total}; {@code _count} there is a histogram's counter, so only {@code .count} names a level. */
  private static Shape byName(String name) {
    if (name.endsWith("_total")) {
      return Shape.COUNTER;
    }
    for (String suffix : LEVEL_SUFFIXES) {
      if (name.endsWith(suffix) || (!suffix.equals(".count") && name.endsWith(suffix.replace('.', '_')))) {
        return Shape.LEVEL;
      }
    }
    return Shape.UNDECIDED;
  }
}
