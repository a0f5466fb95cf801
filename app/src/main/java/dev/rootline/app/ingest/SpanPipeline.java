package dev.rootline.app.ingest;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.telemetry.Span;
import dev.rootline.app.anomaly.ObservationPublisher;
import dev.rootline.app.rca.RcaStage;
import dev.rootline.core.window.Window;
import dev.rootline.core.window.WindowSummary;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.change.VersionTracker;
import dev.rootline.ingest.window.LatestWindows;
import dev.rootline.ingest.window.Lateness;
import dev.rootline.ingest.window.Settling;
import dev.rootline.ingest.window.Watermark;
import dev.rootline.ingest.window.WindowAggregator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Where decoded spans go: window aggregation, deploy inference, the live series view, the
 * anomaly stage's input, and root cause analysis. Windows close on a quarter-second tick as the watermark passes
 * their end plus the grace; the watermark moves on with the wall clock only while the spans consumer is caught up,
 * and the grace follows the lateness of spans once it has stayed caught up for a while (ADR 019).
 */
@ApplicationScoped
@Startup // its gauges (open windows, the grace in use) exist from the start, not from the first span
public class SpanPipeline {
  private static final long MAX_FUTURE_SKEW_MILLIS = 60_000;

  private final WindowAggregator aggregator;
  private final Watermark watermark;
  private final Settling settling;
  private final VersionTracker versions = new VersionTracker(10_000);
  private final LatestWindows latest;
  private final DeployLog deploys;
  private final ObservationPublisher observations;
  private final RcaStage rca;
  private final Clock clock;
  private final Timer closeDelay;
  private final ConsumerProgress progress;

  SpanPipeline(IngestConfig config, DeployLog deploys, ObservationPublisher observations, RcaStage rca, Clock clock,
      ConsumerProgress progress, MeterRegistry registry) {
    this.watermark = new Watermark(MAX_FUTURE_SKEW_MILLIS, config.maxHold().toMillis());
    this.progress = progress;
    this.settling = new Settling(config.grace().toMillis());
    this.aggregator = new WindowAggregator(config.window(), lateness(config), config.maxOpenWindows());
    this.latest = new LatestWindows(config.maxLiveSeries(), 3 * 60_000);
    this.deploys = deploys;
    this.observations = observations;
    this.rca = rca;
    this.clock = clock;
    registry.gauge("rootline.windows.open", this, p -> p.stat(WindowAggregator::openWindows));
    registry.gauge("rootline.windows.grace.seconds", this, p -> p.stat(WindowAggregator::graceMillis) / 1000.0);
    registry.more().counter("rootline.ingest.spans.late", List.of(), this,
        p -> p.stat(WindowAggregator::lateSpans));
    registry.more().counter("rootline.ingest.spans.overflow", List.of(), this,
        p -> p.stat(WindowAggregator::overflowSpans));
    this.closeDelay = closeDelayTimer(registry);
  }

  /** A min-grace above the grace means a fixed grace: whoever lowers only the grace gets what they set. */
  private static Lateness lateness(IngestConfig config) {
    Duration floor = config.minGrace().compareTo(config.grace()) > 0 ? config.grace() : config.minGrace();
    return Lateness.learned(floor, config.grace(), config.graceQuantile());
  }

  /** Counts the spans in their windows and records any deploy they reveal. */
  public void accept(List<Span> spans) {
    synchronized (this) {
      aggregator.addAll(spans);
    }
    deploys.addAll(inferDeploys(spans));
    rca.spans(spans);
  }

  /** Closes the windows the watermark has passed; called every quarter second by {@link WindowCloseTicker}. */
  void closeWindows() {
    List<Window> closed;
    long grace;
    long closedThrough;
    synchronized (this) {
      long wall = clock.millis();
      boolean caughtUp = progress.caughtUp("spans");
      long mark = watermark.at(aggregator.maxEventMillis(), wall, caughtUp);
      boolean settled = settling.at(caughtUp, wall);
      closed = aggregator.advanceTo(mark, settled); // closes nothing before the first event
      grace = aggregator.graceMillis();
      closedThrough = aggregator.closedThroughMillis();
    }
    // Outside the lock: consumers keep adding spans while the closed windows are handed on.
    long now = clock.millis();
    for (Window window : closed) {
      closeDelay.record(Math.max(0, now - window.endMillis()), TimeUnit.MILLISECONDS);
    }
    latest.accept(closed);
    observations.windows(closed, grace, closedThrough);
  }

  /**
   * Wall-clock time from a window's end to its closing: the grace in use, plus up to one tick, plus
   * any lag of the consumers. Fixed buckets (no client-side percentiles) so that a scraper can
   * subtract two scrapes and read the percentiles of an interval; a replay of old telemetry lands
   * in the last bucket.
   */
  private static Timer closeDelayTimer(MeterRegistry registry) {
    return Timer.builder("rootline.windows.close.delay")
        .description("Time from a window's end to its closing (grace included)")
        .serviceLevelObjectives(closeDelayBuckets())
        .minimumExpectedValue(Duration.ofMillis(100))
        .maximumExpectedValue(Duration.ofMinutes(5))
        .register(registry);
  }

  private static Duration[] closeDelayBuckets() {
    long[] millis = {250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2500, 3000, 4000, 5000, 5250, 5500, 5750,
        6000, 6250, 6500, 7000, 7500, 8000, 9000, 10_000, 12_500, 15_000, 20_000, 30_000, 60_000, 300_000};
    Duration[] buckets = new Duration[millis.length];
    for (int i = 0; i < millis.length; i++) {
      buckets[i] = Duration.ofMillis(millis[i]);
    }
    return buckets;
  }

  /** The latest closed window of every live series. */
  public List<WindowSummary> series() {
    return latest.snapshot();
  }

  /** The versions seen in spans for each service. */
  public synchronized Map<String, List<String>> versions() {
    return versions.versions();
  }

  private synchronized List<DeployEvent> inferDeploys(List<Span> spans) {
    return versions.observe(spans);
  }

  private synchronized double stat(ToLongFunction<WindowAggregator> stat) {
    return stat.applyAsLong(aggregator);
  }
}
