package dev.rootline.app.ingest;

import dev.rootline.anomaly.PartialWindows.Sender;
import dev.rootline.app.anomaly.ObservationPublisher;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.ingest.signal.LogWindows;
import dev.rootline.ingest.signal.MetricWindows;
import dev.rootline.ingest.window.Watermark;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Where decoded metric points and log records go: metric windows (levels, event rates, means, time
 * per second) and log windows (error and record rates per service), whose closed windows become
 * observations for the anomaly stage beside the span windows'. Windows close on a one-second tick
 * as each signal's own watermark passes them (moved on by the wall clock only while that signal's
 * consumer is caught up). Bounded by {@code rootline.ingest.max-metric-series},
 * {@code max-metric-streams} and {@code max-log-services}; points and records beyond the bounds, or
 * too late for their window, are counted and dropped.
 */
@ApplicationScoped
public class SignalPipeline {
  private static final long MAX_FUTURE_SKEW_MILLIS = 60_000;

  private final MetricWindows metrics;
  private final LogWindows logs;
  // One lock per signal: metric and log consumers run on threads of their own.
  private final Object metricLock = new Object();
  private final Object logLock = new Object();
  private final Watermark metricWatermark;
  private final Watermark logWatermark;
  private final ConsumerProgress progress;
  private final AtomicLong published = new AtomicLong();
  private final ObservationPublisher observations;
  private final long graceMillis;
  private final Clock clock;

  SignalPipeline(IngestConfig config, ObservationPublisher observations, Clock clock, ConsumerProgress progress,
      MeterRegistry registry) {
    this.metricWatermark = new Watermark(MAX_FUTURE_SKEW_MILLIS, config.maxHold().toMillis());
    this.logWatermark = new Watermark(MAX_FUTURE_SKEW_MILLIS, config.maxHold().toMillis());
    this.progress = progress;
    this.metrics = new MetricWindows(config.window(), config.grace(), config.maxMetricSeries(),
        config.maxMetricStreams());
    this.logs = new LogWindows(config.window(), config.grace(), config.maxLogServices());
    this.observations = observations;
    this.graceMillis = config.grace().toMillis();
    this.clock = clock;
    counter(registry, "rootline.ingest.points.late", "Metric points whose window had closed",
        p -> p.metricStat(() -> metrics.latePoints()));
    counter(registry, "rootline.ingest.points.overflow", "Metric points dropped at the series or open-window bound",
        p -> p.metricStat(() -> metrics.overflowPoints()));
    counter(registry, "rootline.ingest.log.records.late", "Log records whose window had closed",
        p -> p.logStat(() -> logs.lateRecords()));
    counter(registry, "rootline.ingest.log.records.overflow", "Log records dropped at the service or open-window bound",
        p -> p.logStat(() -> logs.overflowRecords()));
    counter(registry, "rootline.ingest.signal.observations", "Observations of metric and log windows published",
        p -> p.published.get());
    registry.gauge("rootline.metric.series", this, p -> p.metricStat(() -> metrics.series()));
  }

  /** Counts the points in their series' windows. */
  public void acceptMetrics(List<MetricPoint> points) {
    synchronized (metricLock) {
      metrics.addAll(points);
    }
  }

  /** Counts the records in their services' windows. */
  public void acceptLogs(List<LogRecord> records) {
    synchronized (logLock) {
      logs.addAll(records);
    }
  }

  @Scheduled(every = "1s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void closeWindows() {
    long wall = clock.millis();
    List<Observation> closedMetrics;
    Sender metricSender;
    synchronized (metricLock) {
      long mark = metricWatermark.at(metrics.maxEventMillis(), wall, progress.caughtUp("metrics"));
      closedMetrics = mark == Long.MIN_VALUE ? List.of() : metrics.advanceTo(mark);
      // Rate windows wait for the export interval too: that is part of how long they wait to close.
      metricSender = observations.sender(Sender.METRICS, graceMillis + metrics.rateLagMillis(),
          metrics.closedThroughMillis());
    }
    List<Observation> closedLogs;
    Sender logSender;
    synchronized (logLock) {
      long mark = logWatermark.at(logs.maxEventMillis(), wall, progress.caughtUp("logs"));
      closedLogs = mark == Long.MIN_VALUE ? List.of() : logs.advanceTo(mark);
      logSender = observations.sender(Sender.LOGS, graceMillis, logs.closedThroughMillis());
    }
    // Outside the locks: consumers keep adding while the closed windows are handed on.
    observations.closed(closedMetrics, metricSender);
    observations.closed(closedLogs, logSender);
    published.addAndGet(closedMetrics.size() + closedLogs.size());
  }

  private double metricStat(java.util.function.LongSupplier stat) {
    synchronized (metricLock) {
      return stat.getAsLong();
    }
  }

  private double logStat(java.util.function.LongSupplier stat) {
    synchronized (logLock) {
      return stat.getAsLong();
    }
  }

  private void counter(MeterRegistry registry, String name, String description, ToDoubleFunction<SignalPipeline> f) {
    FunctionCounter.builder(name, this, f).description(description).register(registry);
  }
}
