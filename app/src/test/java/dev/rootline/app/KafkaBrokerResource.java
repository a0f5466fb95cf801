package dev.rootline.app;

import dev.rootline.app.kafka.EmbeddedBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker for the whole test JVM: Apache Kafka in a container where a Docker engine
 * answers, otherwise the embedded KRaft broker (these machines have no Docker engine).
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {
  private static final String STATE_DIR = stateDir();
  private static String bootstrapServers;

  @Override
  public synchronized Map<String, String> start() {
    if (bootstrapServers == null) {
      bootstrapServers = dockerAnswers() ? startContainer() : startEmbedded();
    }
    // Detector state of this JVM's broker only: a state directory left by an earlier run would
    // point at changelog offsets of a broker that no longer exists.
    return Map.of("kafka.bootstrap.servers", bootstrapServers, "rootline.anomaly.state-dir", STATE_DIR);
  }

  private static String stateDir() {
    try {
      return Files.createTempDirectory("rootline-streams-test").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The broker's address, for test producers and consumers. */
  public static String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void stop() {
    // Shared by every test class of this JVM; it stops with the JVM.
  }

  /** Asks Testcontainers only when a Docker endpoint exists: its probe logs errors otherwise. */
  private static boolean dockerAnswers() {
    boolean endpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    return endpoint && DockerClientFactory.instance().isDockerAvailable();
  }

  private static String startEmbedded() {
    EmbeddedBroker broker = EmbeddedBroker.start();
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-stop")); // deletes its log dir
    return broker.bootstrapServers();
  }

  private static String startContainer() {
    KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
    kafka.start();
    return kafka.getBootstrapServers();
  }
}
