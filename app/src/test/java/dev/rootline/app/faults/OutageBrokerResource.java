package dev.rootline.app.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The broker of {@link BrokerOutageIT}: a {@link RestartableBroker} of its own, so stopping it
 * leaves the broker the other tests share alone. Ordered after the shared resource so that its
 * {@code kafka.bootstrap.servers} wins.
 */
public class OutageBrokerResource implements QuarkusTestResourceLifecycleManager {
  private static RestartableBroker broker;

  @Override
  public synchronized Map<String, String> start() {
    broker = new RestartableBroker().start();
    try {
      return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
          "rootline.anomaly.state-dir", Files.createTempDirectory("rootline-outage-streams").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void stop() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  @Override
  public int order() {
    return 1000;
  }

  static RestartableBroker broker() {
    return broker;
  }
}
