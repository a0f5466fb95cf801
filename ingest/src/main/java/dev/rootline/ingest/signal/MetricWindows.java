package dev.rootline.ingest.signal;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns metric points into observations over fixed event-time windows, per
 * {@link SeriesKey.Metric} (service and name, across instances; see {@link MetricNames}). What a
 * series gives follows from what OTLP says it is (type, {@code is_monotonic}, unit):
 * <ul>
 *   <li>levels (gauges, cumulative up-down counters): the window mean as {@value #VALUE};
 *   <li>counters of events (unit {@code 1}, an annotation such as {@code {request}}, or unknown):
 *       events per second as {@value #RATE}, summed over instances and robust to resets;
 *   <li>counters of time or another quantity ({@code s}, {@code ms}, {@code By}, ...): the
 *       increase per second as {@value #PER_SECOND}, time in seconds (so CPU time gives cores in
 *       use, GC time the share of time spent collecting);
 *   <li>histograms and summaries: observations per second as {@value #RATE}, the mean per
 *       observation as {@value #MEAN} and the observations' sum per second as {@value #PER_SECOND}
 *       (time in seconds).
 * </ul>
 * Failures-only series ({@code name{outcome=error}}) and well-known ratios ({@link MetricRatios})
 * come on top. A stream's increase is spread over the windows its interval covers, so exports
 * that are jittered or slower than the window still give true rates ({@link StreamChanges}).
 * Level windows close as the span windows do; rate and mean windows wait for the export
 * interval as well (about 50 s more for 60 s exports). Samples are the points behind a level or
 * a {@value #PER_SECOND}, and the events or observations behind a {@value #RATE} or
 * {@value #MEAN} (as requests are for request windows). Bounded in series, open windows and
 * remembered streams. Not thread-safe.
 */
public final class MetricWindows {
  public static final String VALUE = MetricWindow.VALUE;
  public static final String RATE = MetricWindow.RATE;
  public static final String MEAN = MetricWindow.MEAN;
  public static final String PER_SECOND = MetricWindow.PER_SECOND;
  private static final Duration IDLE_SERIES = Duration.ofHours(1);
  private static final Comparator<Observation> ORDER = Comparator.comparingLong(Observation::windowStartMillis)
      .thenComparing(o -> o.series().id()).thenComparing(Observation::signal);

  private final EventTimeWindows<SeriesKey.Metric, MetricWindow> levels;
  private final SeriesShapes shapes;
  private final StreamChanges changes;
  private long maxEventMillis = Long.MIN_VALUE;
  private long overflowPoints;
  private long latePoints;
  private long forgotAtMillis = Long.MIN_VALUE;

  /**
   * @param maxSeries  the most metric series tracked; points of further series are counted and dropped
   * @param maxStreams the most cumulative streams (resource, metric, attributes) remembered
   */
  public MetricWindows(Duration window, Duration grace, int maxSeries, int maxStreams) {
    this.levels = new EventTimeWindows<>(window.toMillis(), grace.toMillis(), maxSeries * 2, MetricWindow::new);
    this.shapes = new SeriesShapes(maxSeries);
    this.changes = new StreamChanges(window.toMillis(), grace.toMillis(), maxSeries * 8, maxStreams, shapes);
  }

  /** A bound fit for one service-sized system: 10 s windows, 5 s grace, 20,000 series, 200,000 streams. */
  public static MetricWindows standard() {
    return new MetricWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 20_000, 200_000);
  }

  public void addAll(List<MetricPoint> points) {
    for (int i = 0, n = points.size(); i < n; i++) {
      add(points.get(i));
    }
  }

  /** Counts one point in its series' windows; late points and points over the bounds are counted and dropped. */
  public void add(MetricPoint point) {
    long millis = Math.floorDiv(point.timeNanos(), 1_000_000L);
    maxEventMillis = Math.max(maxEventMillis, millis);
    SeriesKey.Metric key = new SeriesKey.Metric(point.resource().service(), MetricNames.of(point.name(), point.attributes()));
    Shape shape = shapes.shapeOf(key, point, millis);
    if (shape == null) {
      overflowPoints++;
      return;
    }
    boolean taken = shape == Shape.LEVEL ? addLevel(key, point.value(), millis) : changes.add(key, shape, point, millis);
    latePoints += taken ? 0 : 1;
  }

  /**
   * Moves the watermark and returns the observations of the windows it closes, ordered by window
   * start, series and signal. A window closes once its end plus the grace is not after the
   * watermark and, when streams export less often than once a window, once the points that cover
   * it have had time to come (see {@link ExportIntervals}): a 60 s exporter holds windows back ~50 s.
   */
  public List<Observation> advanceTo(long watermarkMillis) {
    List<Observation> out = new ArrayList<>();
    MetricRatios ratios = new MetricRatios();
    for (var window : levels.advanceTo(watermarkMillis)) {
      Shape shape = shapes.shapeOf(window.key());
      out.addAll(observations(window, shape));
      if (shape == Shape.LEVEL && window.value().hasValues()) {
        ratios.offer(window.key(), window.startMillis(), window.value().mean(), window.value().values());
      }
    }
    out.addAll(ratios.drain(levels.windowMillis()));
    for (var window : changes.advanceTo(watermarkMillis)) {
      out.addAll(observations(window, shapes.shapeOf(window.key())));
    }
    if (!out.isEmpty()) {
      out.sort(ORDER);
      forgetIdle(watermarkMillis);
    }
    return out;
  }

  /**
   * Every window ending at or before this is closed, of every kind (rate windows close later than
   * level windows); {@code Long.MIN_VALUE} before the first close.
   */
  public long closedThroughMillis() {
    return Math.min(levels.closedBeforeMillis(), changes.closedThroughMillis());
  }

  /** How much longer than the grace rate and mean windows wait, for the streams' export intervals. */
  public long rateLagMillis() {
    return changes.lagMillis();
  }

  /** The latest point time seen, epoch milliseconds. */
  public long maxEventMillis() {
    return maxEventMillis;
  }

  /** Points whose window had already closed. */
  public long latePoints() {
    return latePoints;
  }

  /** Points dropped because the series or open-window bound was reached. */
  public long overflowPoints() {
    return overflowPoints + levels.overflow() + changes.overflow();
  }

  /** Metric series currently tracked. */
  public int series() {
    return shapes.size();
  }

  /** Cumulative streams currently remembered. */
  public int streams() {
    return changes.streams();
  }

  /** Sweeps idle series out every tenth of the idle time, not on every window. */
  private void forgetIdle(long watermarkMillis) {
    long idle = IDLE_SERIES.toMillis();
    if (forgotAtMillis == Long.MIN_VALUE || watermarkMillis - forgotAtMillis >= idle / 10) {
      shapes.forgetIdle(watermarkMillis - idle);
      forgotAtMillis = watermarkMillis;
    }
  }

  /** False when the level window has closed. */
  private boolean addLevel(SeriesKey.Metric key, double value, long millis) {
    if (!levels.isOpen(millis)) {
      return false;
    }
    MetricWindow window = levels.openAt(key, millis);
    if (window != null) {
      window.value(value);
    }
    return true;
  }

  private List<Observation> observations(EventTimeWindows.Closed<SeriesKey.Metric, MetricWindow> window, Shape shape) {
    return window.value().observations(window.key(), shape, shapes.unitOf(window.key()), window.startMillis(),
        levels.windowMillis());
  }
}
