package dev.rootline.app.anomaly;

import dev.rootline.anomaly.AnomalyEngine;
import dev.rootline.anomaly.DetectorCatalog;
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
 * time) drives the silence check, so a replay behaves like live traffic.
 */
final class DetectProcessor implements Processor<String, byte[], String, byte[]> {
  static final String STORE = "detector-state";

  private final DetectorCatalog catalog;
  private final AnomalyStageMetrics metrics;
  private ProcessorContext<String, byte[]> context;
  private AnomalyEngine engine;

  DetectProcessor(DetectorCatalog catalog, AnomalyStageMetrics metrics) {
    this.catalog = catalog;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    KeyValueStore<String, byte[]> store = context.getStateStore(STORE);
    this.engine = new AnomalyEngine(catalog, new StoreBackedState(store));
    context.schedule(Duration.ofSeconds(10), PunctuationType.STREAM_TIME,
        streamTime -> forward(engine.advanceTo(streamTime), streamTime));
  }

  @Override
  public void process(Record<String, byte[]> record) {
    Observation observation;
    try {
      observation = ObservationJson.read(record.value());
    } catch (IllegalArgumentException | NullPointerException e) {
      metrics.badObservation();
      return; // the windows topic is Rootline's own; a bad record is counted, not fatal
    }
    metrics.observation();
    forward(engine.accept(observation), record.timestamp());
  }

  private void forward(List<Anomaly> anomalies, long timestamp) {
    for (Anomaly anomaly : anomalies) {
      metrics.anomaly(anomaly);
      context.forward(new Record<>(anomaly.series().service(), AnomalyJson.write(anomaly), timestamp));
    }
  }
}
