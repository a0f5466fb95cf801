package dev.rootline.simulator.sink;

import java.util.Objects;

/**
 * The Kafka topics per signal; the defaults are the OpenTelemetry Collector kafka exporter's and
 * Rootline's deploy topic.
 */
public record Topics(String spans, String metrics, String logs, String deploys) {
  public static final Topics DEFAULT = new Topics("otlp_spans", "otlp_metrics", "otlp_logs", "rootline.deploys");

  public Topics {
    for (String topic : new String[] {spans, metrics, logs, deploys}) {
      if (Objects.requireNonNull(topic, "topic").isBlank()) {
        throw new IllegalArgumentException("topic names must not be blank");
      }
    }
  }
}
