package dev.rootline.app.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Kafka topic names: {@code rootline.topics.*} (environment: {@code ROOTLINE_TOPICS_*}). The
 * defaults match the OpenTelemetry Collector's kafka exporter.
 */
@ConfigMapping(prefix = "rootline.topics")
public interface TopicsConfig {
  @WithDefault("otlp_spans")
  String spans();

  @WithDefault("otlp_metrics")
  String metrics();

  @WithDefault("otlp_logs")
  String logs();

  @WithDefault("rootline.deploys")
  String deploys();

  @WithDefault("rootline.dlq")
  String dlq();

  /** Closed windows as observations, keyed by series: the anomaly stage's input. */
  @WithDefault("rootline.windows")
  String windows();

  /** Anomalies, keyed by service. */
  @WithDefault("rootline.anomalies")
  String anomalies();

  /** Root cause reports as JSON, keyed by incident id; the latest revision of an incident wins. */
  @WithDefault("rootline.reports")
  String reports();
}
