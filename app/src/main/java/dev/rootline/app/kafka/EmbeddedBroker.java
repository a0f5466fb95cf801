package dev.rootline.app.kafka;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node Apache Kafka broker (KRaft) in this process, on a free port, with its log
 * directory deleted on close. For the demo and tests only: production points at a real cluster.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final EmbeddedKafkaBroker broker;

  private EmbeddedBroker(EmbeddedKafkaBroker broker) {
    this.broker = broker;
  }

  /** Starts a broker; returns once it accepts connections. */
  public static EmbeddedBroker start() {
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
        .withDeleteLogDirsOnClose(true)
        .withAdditionalProperties(props -> {
          props.put("auto.create.topics.enable", "true");
          props.put("num.partitions", "3");
          props.put("log.retention.hours", "2");
        });
    broker.start();
    return new EmbeddedBroker(broker);
  }

  /** The {@code host:port} clients connect to. */
  public String bootstrapServers() {
    return broker.getAdvertisedListeners();
  }

  @Override
  public void close() {
    broker.close();
  }
}
