package dev.rootline.app.eval;

import dev.rootline.anomaly.AnomalyEngine;
import dev.rootline.anomaly.DetectorCatalog;
import dev.rootline.anomaly.Observations;
import dev.rootline.anomaly.SeriesStateStore;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.Window;
import dev.rootline.ingest.signal.LogWindows;
import dev.rootline.ingest.signal.MetricWindows;
import dev.rootline.ingest.window.WindowAggregator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's detection path without Kafka: spans, metric points and logs into 10 s event-time
 * windows, closed windows into observations, observations into one {@link AnomalyEngine} in
 * window-end order. Time moves only by {@link #advanceTo}; anomalies are stamped with the
 * watermark that produced them. Beside detection, a {@link RankingPass} keeps the evidence and ranks
 * the case as its plan says. Not thread-safe.
 */
final class DetectionPipeline {
  static final Duration WINDOW = Duration.ofSeconds(10);
  static final Duration GRACE = Duration.ofSeconds(5);
  private static final int MAX_OPEN_WINDOWS = 200_000;
  private static final int MAX_DETECTIONS = 100_000;
  private static final Comparator<Observation> ORDER = Comparator.comparingLong(Observation::windowEndMillis)
      .thenComparing(o -> o.series().id()).thenComparing(Observation::signal);

  private final WindowAggregator spans = new WindowAggregator(WINDOW, GRACE, MAX_OPEN_WINDOWS);
  private final MetricWindows metrics = MetricWindows.standard();
  private final LogWindows logs = LogWindows.standard();
  private final AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), SeriesStateStore.inMemory());
  private final Set<SeriesKey> series = new HashSet<>();
  private final List<Detection> opened = new ArrayList<>();
  private long watermark = Long.MIN_VALUE;
  private long engineTick = Long.MIN_VALUE;
  private long observations;
  private final RankingPass ranking;

  DetectionPipeline(RankPlan plan) {
    this.ranking = new RankingPass(plan);
  }

  void spans(List<Span> batch) {
    spans.addAll(batch);
    ranking.spans(batch);
  }

  void change(DeployEvent change) {
    ranking.change(change);
  }

  void metrics(List<MetricPoint> batch) {
    metrics.addAll(batch);
  }

  void logs(List<LogRecord> batch) {
    logs.addAll(batch);
    ranking.logs(batch);
  }

  /**
   * Moves event time to {@code watermarkMillis}: closes the windows it passes, feeds their
   * observations to the detectors, and lets the detectors see time pass once per window length.
   */
  void advanceTo(long watermarkMillis) {
    if (watermarkMillis <= watermark) {
      return;
    }
    watermark = watermarkMillis;
    List<Observation> due = closedObservations();
    for (Observation observation : due) {
      series.add(observation.series());
      ranking.observation(observation);
      collect(engine.accept(observation));
    }
    observations += due.size();
    long tick = Math.floorDiv(watermarkMillis, WINDOW.toMillis());
    if (tick > engineTick) {
      engineTick = tick;
      collect(engine.advanceTo(watermarkMillis));
    }
    ranking.advanceTo(watermarkMillis);
  }

  /** Every anomaly that went out in an announced incident, with that incident's id. */
  Map<String, String> pageOfAnomaly() {
    return ranking.pageOfAnomaly();
  }

  /** The case's ranking, made now if its moment had not come before the files ended; null when none. */
  CaseRanking ranking() {
    return ranking.finish(watermark);
  }

  List<Detection> opened() {
    return opened;
  }

  int series() {
    return series.size();
  }

  long observations() {
    return observations;
  }

  long watermark() {
    return watermark;
  }

  private List<Observation> closedObservations() {
    List<Observation> due = new ArrayList<>();
    for (Window window : spans.advanceTo(watermark)) {
      due.addAll(Observations.of(window.summary()));
    }
    due.addAll(metrics.advanceTo(watermark));
    due.addAll(logs.advanceTo(watermark));
    due.sort(ORDER);
    return due;
  }

  private void collect(List<Anomaly> reported) {
    for (Anomaly anomaly : reported) {
      ranking.anomaly(anomaly, watermark);
      if (anomaly.state() == Anomaly.State.OPEN && opened.size() < MAX_DETECTIONS) {
        opened.add(new Detection(anomaly, watermark));
      }
    }
  }
}
