package dev.rootline.app;

import dev.rootline.app.kafka.EmbeddedBroker;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Arrays;

/**
 * The {@code rootline} command: {@code serve} runs against {@code KAFKA_BOOTSTRAP_SERVERS};
 * {@code demo} also starts the simulated shop and, when no broker is given, an embedded one;
 * {@code simulate}, {@code eval} and {@code export-labelled} are offline tools that need neither
 * Kafka nor the server.
 */
@QuarkusMain
public final class RootlineMain {
  // Longer than Quarkus takes to close its consumers, streams and pools on a loaded machine.
  private static final long QUARKUS_STOP_SECONDS = 30;

  private RootlineMain() {}

  public static void main(String... args) {
    String mode = args.length == 0 ? "serve" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    switch (mode) {
      case "serve" -> Quarkus.run(Server.class, rest);
      case "demo" -> demo(rest);
      case "simulate" -> dev.rootline.simulator.SimulateMain.main(rest);
      case "eval" -> dev.rootline.app.eval.EvalMain.main(rest);
      case "export-labelled" -> dev.rootline.app.capture.ExportLabelledMain.main(rest);
      case "help", "--help", "-h" -> usage(0);
      default -> {
        System.err.println("rootline: unknown command '" + mode + "'");
        usage(2);
      }
    }
  }

  private static void demo(String[] args) {
    System.setProperty("rootline.demo.enabled", "true");
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--fault")) {
        System.setProperty("rootline.demo.fault", args[i + 1]);
      }
    }
    String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    if (bootstrap != null && !bootstrap.isBlank()) {
      Quarkus.run(Server.class, args);
      return;
    }
    EmbeddedBroker broker = EmbeddedBroker.start();
    System.setProperty("kafka.bootstrap.servers", broker.bootstrapServers());
    // A new broker has new changelogs: detector state left by an earlier demo would not match them.
    System.setProperty("rootline.anomaly.state-dir", freshDirectory("rootline-demo-streams"));
    System.out.println("Rootline demo: embedded Kafka broker (KRaft) at " + broker.bootstrapServers());
    // The broker stops after Quarkus has stopped, so consumers close against a live broker instead
    // of retrying against a dead one. On a signal the JVM runs every shutdown hook at once and may
    // end before the exit handler below runs, so a hook of our own waits for Quarkus, then stops it.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(broker), "embedded-kafka-stop"));
    Quarkus.run(Server.class, (exitCode, failure) -> {
      broker.close();
      System.exit(exitCode);
    }, args);
  }

  /** Waits (bounded) until Quarkus has stopped, then stops the broker. */
  private static void stopAfterQuarkus(EmbeddedBroker broker) {
    Application app = Application.currentApplication();
    if (app != null) {
      try {
        CompletableFuture.runAsync(app::awaitShutdown).get(QUARKUS_STOP_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        System.err.println("Rootline demo: Quarkus did not stop in time; stopping the broker anyway");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    broker.close();
  }

  private static String freshDirectory(String prefix) {
    try {
      return java.nio.file.Files.createTempDirectory(prefix).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  private static void usage(int status) {
    System.out.println("""
        usage: rootline <command>
          serve              run Rootline against the broker in KAFKA_BOOTSTRAP_SERVERS
          demo [--fault T]   run Rootline with the simulated shop, which suffers fault T (default
                             bad-deploy; none for no fault) six minutes in; starts an embedded
                             Kafka broker unless KAFKA_BOOTSTRAP_SERVERS is set
          simulate ...       write labelled incidents as files (simulate --help)
          eval DIR [--json FILE]
                             replay labelled incidents through the detectors and score them
          export-labelled --out DIR [--since DATE]
                             write the incidents people labelled, with the telemetry kept for
                             them, as evaluation cases (reads the store of ROOTLINE_STORE_*)
        """);
    System.exit(status);
  }

  /** Keeps the application up until it is asked to stop. */
  public static final class Server implements QuarkusApplication {
    @Override
    public int run(String... args) {
      Quarkus.waitForExit();
      return 0;
    }
  }
}
