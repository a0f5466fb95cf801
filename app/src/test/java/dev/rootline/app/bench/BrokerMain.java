package dev.rootline.app.bench;

import dev.rootline.app.kafka.EmbeddedBroker;
import java.io.IOException;

/**
 * The benchmark's broker in a JVM of its own: Rootline's embedded KRaft broker, started, its address
 * printed as {@code BOOTSTRAP host:port}, stopped when standard input closes (the parent ended) or
 * on a signal; either way its log directory, gigabytes after a run, is deleted.
 */
public final class BrokerMain {
  private BrokerMain() {}

  public static void main(String[] args) throws IOException {
    EmbeddedBroker broker = EmbeddedBroker.start();
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-stop"));
    System.out.println("BOOTSTRAP " + broker.bootstrapServers());
    System.out.flush();
    while (System.in.read() >= 0) {
      // Wait for the parent to close the pipe.
    }
    System.exit(0);
  }
}
