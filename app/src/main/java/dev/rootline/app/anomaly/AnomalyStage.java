package dev.rootline.app.anomaly;

import dev.rootline.anomaly.DetectorCatalog;
import dev.rootline.app.ingest.TopicsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.Stores;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The anomaly stage as a Kafka Streams application: observations from {@code rootline.windows}
 * through the detectors to {@code rootline.anomalies}, per-series state in a store with a changelog
 * topic, so a restarted or rebalanced replica resumes with its baselines.
 */
@ApplicationScoped
public class AnomalyStage {
  private static final Logger LOG = Logger.getLogger(AnomalyStage.class);

  private final AnomalyConfig config;
  private final TopicsConfig topics;
  private final String bootstrapServers;
  private final AnomalyStageMetrics metrics;
  private KafkaStreams streams;

  AnomalyStage(AnomalyConfig config, TopicsConfig topics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AnomalyStageMetrics metrics) {
    this.config = config;
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.metrics = metrics;
  }

  void onStart(@Observes StartupEvent started) {
    if (config.enabled()) {
      TopicSetup.ensure(bootstrapServers, List.of(topics.windows(), topics.anomalies()), config.partitions());
      start(false);
    }
  }

  void onStop(@Observes ShutdownEvent stopping) {
    stop();
  }

  /**
   * Starts the stage; with {@code fromChangelog}, the local state is wiped first, so the detector
   * state must come back from its changelog topic.
   */
  public synchronized void start(boolean fromChangelog) {
    streams = new KafkaStreams(topology(), properties());
    if (fromChangelog) {
      streams.cleanUp();
    }
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("anomaly stage thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
  }

  /** Stops the stage, keeping its local state and committed progress. */
  public synchronized void stop() {
    if (streams != null) {
      streams.close(Duration.ofSeconds(10));
      streams = null;
    }
  }

  /** Whether the stage is processing (or rebalancing towards it). */
  public synchronized boolean isRunning() {
    return streams != null && streams.state().isRunningOrRebalancing();
  }

  private Topology topology() {
    return topology(DetectorCatalog.standard(), metrics, config.mergeSettle(), topics.windows(), topics.anomalies());
  }

  /** The stage's topology: observations from {@code windows} through the detectors to {@code anomalies}. */
  static Topology topology(DetectorCatalog catalog, AnomalyStageMetrics metrics, Duration mergeSettle,
      String windows, String anomalies) {
    Topology topology = new Topology();
    topology.addSource("windows", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), windows);
    topology.addProcessor("detect", () -> new DetectProcessor(catalog, metrics, mergeSettle), "windows");
    topology.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(DetectProcessor.STORE), Serdes.String(), Serdes.ByteArray()), "detect");
    topology.addSink("anomalies", anomalies, Serdes.String().serializer(),
        Serdes.ByteArray().serializer(), "detect");
    return topology;
  }

  private Properties properties() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1); // the broker's default
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
        (int) config.sessionTimeout().toMillis());
    return props;
  }
}
