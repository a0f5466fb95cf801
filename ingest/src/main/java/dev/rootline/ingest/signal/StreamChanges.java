package dev.rootline.ingest.signal;

import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.window.SeriesKey;
import java.util.List;

/**
 * The increases of sum and histogram streams, in their own windows: each increase is spread over
 * the windows its interval covers ({@link IntervalShares}), so these windows close later than
 * level windows, by the lag the streams' export intervals need ({@link ExportIntervals}); a level
 * is read at its point's time and needs no such wait. Also counts failures into the
 * {@code outcome=error} series. Not thread-safe.
 */
final class StreamChanges {
  private final EventTimeWindows<SeriesKey.Metric, MetricWindow> windows;
  private final SeriesShapes shapes;
  private final CumulativeStreams streams;
  private final IntervalShares shares;
  private final ExportIntervals intervals;

  StreamChanges(long windowMillis, long graceMillis, int maxOpenWindows, int maxStreams, SeriesShapes shapes) {
    this.windows = new EventTimeWindows<>(windowMillis, graceMillis, maxOpenWindows, MetricWindow::new);
    this.shapes = shapes;
    this.streams = new CumulativeStreams(maxStreams);
    this.shares = new IntervalShares(windows);
    this.intervals = new ExportIntervals(windowMillis);
  }

  /** Takes the change a point of a counter or distribution brings; false, adding nothing, when its window has closed. */
  boolean add(SeriesKey.Metric key, Shape shape, MetricPoint point, long millis) {
    if (!windows.isOpen(millis)) {
      return false;
    }
    Delta delta = streams.next(point, millis);
    if (delta == null) {
      return true;
    }
    intervals.add(delta.dtMillis());
    long dt = delta.dtMillis() > 0 ? delta.dtMillis() : windows.windowMillis();
    boolean distribution = shape == Shape.DISTRIBUTION;
    double amount = distribution ? delta.count() : delta.value();
    shares.spreadRate(key, millis, dt, amount, distribution ? delta.value() : Double.NaN);
    if (distribution) {
      MetricWindow middle = shares.middle(key, millis, dt);
      if (middle != null) {
        middle.observations(delta.value(), delta.count());
      }
    }
    if (ErrorOutcome.isError(point.attributes())) {
      addFailures(key, point, millis, dt, amount, shape);
    }
    return true;
  }

  /** Closes the windows the watermark, held back by the export lag, has passed. */
  List<EventTimeWindows.Closed<SeriesKey.Metric, MetricWindow>> advanceTo(long watermarkMillis) {
    long lag = intervals.lagMillis();
    return windows.advanceTo(watermarkMillis == Long.MIN_VALUE ? watermarkMillis : watermarkMillis - lag);
  }

  /** How much longer than the grace these windows wait for the points that end their intervals. */
  long lagMillis() {
    return intervals.lagMillis();
  }

  /** Every window ending at or before this is closed; {@code Long.MIN_VALUE} before the first close. */
  long closedThroughMillis() {
    return windows.closedBeforeMillis();
  }

  int streams() {
    return streams.size();
  }

  long overflow() {
    return windows.overflow();
  }

  /** The failures-only series takes the shape and unit of its metric's; a distribution's gives a rate only. */
  private void addFailures(SeriesKey.Metric key, MetricPoint point, long millis, long dt, double amount, Shape shape) {
    SeriesKey.Metric errors = new SeriesKey.Metric(key.service(), MetricNames.errors(point.name()));
    if (shapes.register(errors, shape, shapes.unitOf(key), millis)) {
      shares.spreadRate(errors, millis, dt, amount, Double.NaN);
    }
  }
}
