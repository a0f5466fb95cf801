package dev.rootline.app.faults;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A single-node KRaft broker that can be stopped and started again on the same ports, cluster id
 * and log directory, so clients see the same broker come back with its topics and committed offsets.
 * The ports are free ones picked once at construction.
 */
public final class RestartableBroker implements AutoCloseable {
  private final int kafkaPort = freePort();
  private final int controllerPort = freePort();
  private final String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
  private final Path logDir;
  private EmbeddedKafkaBroker broker;

  public RestartableBroker() {
    try {
      logDir = Files.createTempDirectory("rootline-outage-broker");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the broker (again); returns once it accepts connections. */
  public synchronized RestartableBroker start() {
    if (broker == null) {
      broker = new EmbeddedKafkaBroker()
          .withKafkaPort(kafkaPort)
          .withControllerPort(controllerPort)
          .withClusterId(clusterId)
          .withDeleteLogDirsOnClose(false)
          .withAdditionalProperties(props -> {
            props.put("log.dir", logDir.toString());
            props.put("auto.create.topics.enable", "true");
            props.put("num.partitions", "3");
            props.put("offsets.topic.replication.factor", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("log.retention.ms", "-1");
          })
          .start();
    }
    return this;
  }

  /** Stops the broker; its log directory stays for the next start. */
  public synchronized void stop() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  public String bootstrapServers() {
    return "localhost:" + kafkaPort;
  }

  @Override
  public synchronized void close() {
    stop();
    try (Stream<Path> files = Files.walk(logDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory: left behind at worst.
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
