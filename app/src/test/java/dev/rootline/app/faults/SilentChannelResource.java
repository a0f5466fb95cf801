package dev.rootline.app.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the {@link SilentServer} that {@link SlowChannelIT}'s webhook channel points at. */
public class SilentChannelResource implements QuarkusTestResourceLifecycleManager {
  private static SilentServer server;

  @Override
  public synchronized Map<String, String> start() {
    try {
      server = new SilentServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("rootline.notify.channels.silent.url", server.url("/hook"));
  }

  @Override
  public synchronized void stop() {
    server.close();
  }

  static SilentServer server() {
    return server;
  }
}
