package dev.rootline.ingest.signal;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.window.SeriesKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link Shape} and {@link MetricUnit} of every metric series, as the first point of the series
 * declares them (OTLP's type, {@code is_monotonic} and unit), bounded in series. Not thread-safe.
 */
final class SeriesShapes {

  private static final class State {
    final Shape shape;
    final MetricUnit unit;
    long lastSeenMillis;

    State(Shape shape, MetricUnit unit) {
      this.shape = shape;
      this.unit = unit;
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
      state = new State(initial(point), unit(point));
      series.put(key, state);
    }
    state.lastSeenMillis = Math.max(state.lastSeenMillis, millis);
    return state.shape;
  }

  /** Tracks {@code key} with a fixed shape and unit; false when the series bound is reached. */
  boolean register(SeriesKey.Metric key, Shape shape, MetricUnit unit, long millis) {
    State state = series.get(key);
    if (state == null) {
      if (series.size() >= maxSeries) {
        return false;
      }
      state = new State(shape, unit);
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

  /** The unit of a known series; counted events when unknown. */
  MetricUnit unitOf(SeriesKey.Metric key) {
    State state = series.get(key);
    return state == null ? MetricUnit.EVENTS : state.unit;
  }

  /** Forgets series not seen since {@code beforeMillis}. */
  void forgetIdle(long beforeMillis) {
    series.values().removeIf(state -> state.lastSeenMillis < beforeMillis);
  }

  int size() {
    return series.size();
  }

  /**
   * Gauges and cumulative up-down counters are levels; monotonic sums are counters. A delta
   * up-down counter has no level to read (each point is a change), so it is a counter too, of the
   * net change: {@link #unit} keeps it from passing for a count of events.
   */
  static Shape initial(MetricPoint point) {
    return switch (point.type()) {
      case GAUGE -> Shape.LEVEL;
      case HISTOGRAM, EXPONENTIAL_HISTOGRAM, SUMMARY -> Shape.DISTRIBUTION;
      case SUM -> point.monotonic() || !point.cumulative() ? Shape.COUNTER : Shape.LEVEL;
    };
  }

  /** The point's unit; the net change of a delta up-down counter is a quantity, never a count of events. */
  static MetricUnit unit(MetricPoint point) {
    MetricUnit unit = MetricUnit.of(point.unit());
    boolean netChange = initial(point) == Shape.COUNTER && !point.monotonic();
    return netChange && unit.events() ? MetricUnit.QUANTITY : unit;
  }
}
