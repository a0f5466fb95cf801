package dev.rootline.ingest.signal;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import dev.rootline.core.telemetry.Resource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The previous point of every sum and histogram stream (one resource, metric and attribute set),
 * so that each new point becomes a {@link Delta}. A stream's first point adds nothing, unless the
 * same resource already exported the same metric with other attributes: then the stream is a new
 * attribute set (the first 5xx status of a route, say), whose whole value arose since that export.
 * Keeps the most recently updated {@code maxStreams} streams and instruments; a forgotten stream's
 * next point starts it again. Not thread-safe.
 */
final class CumulativeStreams {
  private record StreamKey(Resource resource, String name, Map<String, String> attributes) {}

  private record InstrumentKey(Resource resource, String name) {}

  private static final long NONE = Long.MIN_VALUE;

  private static final class Last {
    long millis;
    double value;
    long count;
    int resets;
  }

  /** When a resource last exported an instrument, and whether a stream of it was ever forgotten. */
  private static final class Instrument {
    long lastMillis = NONE;
    long previousMillis = NONE;
    boolean lostStreams;

    /** The latest export before {@code millis}, {@link #NONE} when none is known. */
    long before(long millis) {
      return lostStreams ? NONE : lastMillis < millis ? lastMillis : previousMillis < millis ? previousMillis : NONE;
    }

    void exported(long millis) {
      if (millis > lastMillis) {
        previousMillis = lastMillis;
        lastMillis = millis;
      }
    }
  }

  private final Map<StreamKey, Last> streams;
  private final Map<InstrumentKey, Instrument> instruments;

  CumulativeStreams(int maxStreams) {
    this.instruments = bounded(maxStreams);
    this.streams = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<StreamKey, Last> eldest) {
        if (size() <= maxStreams) {
          return false;
        }
        Instrument instrument = instruments.get(new InstrumentKey(eldest.getKey().resource(), eldest.getKey().name()));
        if (instrument != null) {
          instrument.lostStreams = true; // its next point must not pass for a new attribute set
        }
        return true;
      }
    };
  }

  /**
   * The change since the stream's previous point, or null when there is none to report: the first
   * point of a cumulative stream (unless a new attribute set), or a point not newer than the previous one.
   */
  Delta next(MetricPoint point, long millis) {
    Instrument instrument = instruments.computeIfAbsent(new InstrumentKey(point.resource(), point.name()), k -> new Instrument());
    long exportedBefore = instrument.before(millis);
    instrument.exported(millis);
    StreamKey key = new StreamKey(point.resource(), point.name(), point.attributes());
    Last last = streams.get(key);
    if (last == null) {
      streams.put(key, remember(new Last(), point, millis));
      return first(point, millis, exportedBefore);
    }
    if (millis <= last.millis) {
      return null;
    }
    Delta delta = point.cumulative() ? cumulative(last, point, millis - last.millis)
        : new Delta(point.value(), point.count(), millis - last.millis);
    remember(last, point, millis);
    return delta;
  }

  int size() {
    return streams.size();
  }

  private static Delta first(MetricPoint point, long millis, long exportedBefore) {
    if (!point.cumulative()) {
      return new Delta(point.value(), point.count(), 0);
    }
    if (exportedBefore == NONE) {
      return null;
    }
    return new Delta(point.value(), point.count(), millis - exportedBefore);
  }

  private static Delta cumulative(Last last, MetricPoint point, long dt) {
    if (point.type() != MetricType.SUM) {
      boolean reset = point.count() < last.count;
      last.resets += reset ? 1 : 0;
      return reset ? new Delta(point.value(), point.count(), dt)
          : new Delta(point.value() - last.value, point.count() - last.count, dt);
    }
    if (point.value() >= last.value) {
      return new Delta(point.value() - last.value, 0, dt);
    }
    // A counter that falls to half or less for the first time restarted from zero. Any other fall
    // adds nothing: two writers of one stream (instances without an instance id) look like that,
    // and taking each fall for a restart would count their whole totals again and again.
    if (point.value() <= last.value / 2 && last.resets++ == 0) {
      return new Delta(Math.max(0, point.value()), 0, dt);
    }
    return new Delta(0, 0, dt);
  }

  private static Last remember(Last last, MetricPoint point, long millis) {
    last.millis = millis;
    last.value = point.value();
    last.count = point.count();
    return last;
  }

  private static <K, V> Map<K, V> bounded(int max) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
