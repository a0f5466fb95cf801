package dev.rootline.app;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the {@link Receiver} that the notification tests' channels point at. */
public class ReceiverResource implements QuarkusTestResourceLifecycleManager {
  private static Receiver receiver;

  @Override
  public synchronized Map<String, String> start() {
    try {
      receiver = new Receiver();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "rootline.notify.channels.hook.url", receiver.url("/hook"),
        "rootline.notify.channels.pager.url", receiver.url("/v2/enqueue"));
  }

  @Override
  public synchronized void stop() {
    receiver.close();
  }

  public static Receiver receiver() {
    return receiver;
  }
}
