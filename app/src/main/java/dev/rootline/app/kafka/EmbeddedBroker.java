package dev.rootline.app.kafka;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real single-node Apache Kafka broker (KRaft) in this process, on a free port, with its log
 * directory deleted on close. For the demo and tests only: production points at a real cluster.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final EmbeddedKafkaBroker broker;
  private boolean closed;

  private EmbeddedBroker(EmbeddedKafkaBroker broker) {
    this.broker = broker;
  }

  /** Starts a broker; returns once it accepts connections. */
  public static EmbeddedBroker start() {
    int[] ports = twoFreePorts();
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
        .withKafkaPort(ports[0])
        .withControllerPort(ports[1])
        .withDeleteLogDirsOnClose(true)
        .withAdditionalProperties(props -> {
          props.put("auto.create.topics.enable", "true");
          props.put("num.partitions", "3");
          // Bounded by size, not age: records carry event time, and a replay of older telemetry
          // must not be deleted on arrival.
          props.put("log.retention.ms", "-1");
          props.put("log.retention.bytes", String.valueOf(256L << 20));
          props.put("log.segment.bytes", String.valueOf(64 << 20));
        });
    broker.start();
    return new EmbeddedBroker(broker);
  }

  /**
   * Two distinct free ports, both held open while the second is chosen: left to itself the broker
   * picks each listener's port after closing the probe of the other, and once got the same port
   * for both ("Each listener must have a different port").
   */
  private static int[] twoFreePorts() {
    try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
      return new int[] {a.getLocalPort(), b.getLocalPort()};
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the embedded broker", e);
    }
  }

  /** The {@code host:port} clients connect to. */
  public String bootstrapServers() {
    return broker.getAdvertisedListeners();
  }

  /** Stops the broker; a second call does nothing (the demo's exit handler and hook both call it). */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      broker.close();
    }
  }
}
