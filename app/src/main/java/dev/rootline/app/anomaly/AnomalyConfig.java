package dev.rootline.app.anomaly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The anomaly stage: {@code rootline.anomaly.*} (environment: {@code ROOTLINE_ANOMALY_*}). */
@ConfigMapping(prefix = "rootline.anomaly")
public interface AnomalyConfig {
  /** Whether this process runs the detectors (a Kafka Streams application). */
  @WithDefault("true")
  boolean enabled();

  /** The Kafka Streams application id: replicas sharing it share the series between them. */
  @WithDefault("rootline-anomaly")
  String applicationId();

  /** Where local state stores live; their changelog topics rebuild them when lost. */
  @WithDefault("data/streams")
  String stateDir();

  /** Partitions of the topics Rootline creates ({@code rootline.windows}, {@code rootline.anomalies}). */
  @WithDefault("3")
  int partitions();

  /** How often Kafka Streams commits progress and flushes state. */
  @WithDefault("1s")
  Duration commitInterval();

  /**
   * How soon a replica that died unannounced (SIGKILL, lost node) hands its series to the others;
   * Kafka's own default. A replica that stops cleanly hands them on at once.
   */
  @WithDefault("45s")
  Duration sessionTimeout();

  /**
   * How long the partial observations several replicas publish of one window are waited for before
   * the window is judged; never more than half a window (docs/adr/018-scale-out-and-restart.md).
   */
  @WithDefault("2s")
  Duration mergeSettle();
}
