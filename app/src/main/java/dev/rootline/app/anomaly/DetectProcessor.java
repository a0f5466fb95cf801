package dev.rootline.app.anomaly;

import dev.rootline.anomaly.AnomalyEngine;
import dev.rootline.anomaly.DetectorCatalog;
import dev.rootline.anomaly.PartialWindows;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the detectors over the observations of the partitions this task owns, with their state in
 * the task's store; anomalies go downstream keyed by service. Stream time (the observations' event
 * time) drives the silence check, so a replay behaves like live traffic. Partials of one window
 * from several replicas are held until every replica has closed the window, or for a short settle
 * time at most (wall clock; longer for a backlog), and judged as one window
 * (docs/adr/018-scale-out-and-restart.md).
 */
final class DetectProcessor implements Processor<String, byte[], String, byte[]> {
  static final String STORE = "detector-state";
  /** How often held windows are checked for being due. */
  static final Duration SETTLE_CHECK = Duration.ofMillis(250);
  /** The most windows held at once per task; past it the earliest is judged before it settled. */
  static final int MAX_HELD = 50_000;

  private final DetectorCatalog catalog;
  private final AnomalyStageMetrics metrics;
  private final Duration settle;
  private ProcessorContext<String, byte[]> context;
  private AnomalyEngine engine;
  private PartialWindows partials;

  DetectProcessor(DetectorCatalog catalog, AnomalyStageMetrics metrics, Duration settle) {
    this.catalog = catalog;
    this.metrics = metrics;
    this.settle = settle;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    KeyValueStore<String, byte[]> store = context.getStateStore(STORE);
    this.engine = new AnomalyEngine(catalog, new StoreBackedState(store));
    this.partials = new PartialWindows(catalog, settle.toMillis(), MAX_HELD, metrics.partials());
    context.schedule(SETTLE_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> judge(partials.due(now)));
    context.schedule(Duration.ofSeconds(10), PunctuationType.STREAM_TIME, streamTime ->
        // Windows still held are not silent: event time is not taken past them.
        forward(engine.advanceTo(Math.min(streamTime, partials.earliestHeldEnd())), streamTime));
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (ObservationPublisher.isProgress(record.value())) {
      partials.progress(SenderHeaders.read(record.headers()), context.currentSystemTimeMs());
      return;
    }
    Observation observation;
    try {
      observation = ObservationJson.read(record.value());
    } catch (IllegalArgumentException | NullPointerException e) {
      metrics.badObservation();
      return; // the windows topic is Rootline's own; a bad record is counted, not fatal
    }
    metrics.observation();
    judge(partials.add(observation, record.timestamp(), context.currentSystemTimeMs(),
        SenderHeaders.read(record.headers())));
  }

  private void judge(List<PartialWindows.Whole> windows) {
    for (PartialWindows.Whole whole : windows) {
      forward(engine.accept(whole.observation()), whole.timestamp());
    }
  }

  private void forward(List<Anomaly> anomalies, long timestamp) {
    for (Anomaly anomaly : anomalies) {
      metrics.anomaly(anomaly);
      context.forward(new Record<>(anomaly.series().service(), AnomalyJson.write(anomaly), timestamp));
    }
  }
}
