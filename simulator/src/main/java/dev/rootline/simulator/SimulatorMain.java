package dev.rootline.simulator;

import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.FileTelemetrySink;
import dev.rootline.simulator.sink.KafkaTelemetrySink;
import dev.rootline.simulator.sink.TelemetrySink;
import dev.rootline.simulator.sink.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: simulates the standard shop into Kafka or files. */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    CliOptions options;
    try {
      options = CliOptions.parse(args, Instant.now());
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(CliOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(CliOptions.USAGE);
      return;
    }
    Simulation simulation = new Simulation(ShopModel.standard(options.seed()), SimulationConfig.defaults()
        .withPeakRootRequestsPerSecond(options.peakRps()).withSeed(options.seed()));
    TelemetrySink sink = options.kafka() != null
        ? KafkaTelemetrySink.create(options.kafka(), options.encoding(), Topics.DEFAULT)
        : FileTelemetrySink.create(options.out());
    if (options.realtime()) {
      runLive(simulation, sink);
    } else {
      runFast(simulation, sink, options.from(), options.duration());
    }
  }

  private static void runFast(Simulation simulation, TelemetrySink sink, Instant from, Duration duration) {
    long started = System.nanoTime();
    try (sink) {
      simulation.run(from, from.plus(duration), sink);
    }
    System.err.printf("simulated %s from %s in %.1f s%n", duration, from, (System.nanoTime() - started) / 1e9);
  }

  /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM); the shutdown hook flushes and closes. */
  private static void runLive(Simulation simulation, TelemetrySink sink) throws InterruptedException {
    RealtimeSimulation live = RealtimeSimulation.start(simulation, sink, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      live.close();
      sink.close();
    }, "rootline-simulator-shutdown"));
    System.err.println("simulating in real time; Ctrl-C to stop");
    new CountDownLatch(1).await();
  }
}
