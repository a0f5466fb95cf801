package dev.rootline.app.scaleout;

import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.simulator.RealtimeSimulation;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.TrafficCycle;
import dev.rootline.simulator.sink.KafkaTelemetrySink;
import dev.rootline.simulator.sink.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulated shop, as busy at every hour as at its peak, sending OTLP to a broker:
 * {@code history} of past traffic as fast as it can be made (so the detectors have a baseline within
 * seconds), then live at wall-clock pace, with no gap in event time between the two. Close it to stop.
 */
final class LiveShop implements AutoCloseable {
  private final KafkaTelemetrySink sink;
  private final RealtimeSimulation running;

  private LiveShop(KafkaTelemetrySink sink, RealtimeSimulation running) {
    this.sink = sink;
    this.running = running;
  }

  static LiveShop start(String bootstrapServers, Instant from, int peakRps, FaultPlan faults) {
    // Busy at every hour: at the shop's night share (a CI run at 03:00 UTC) too few requests come
    // for the p99 detectors to judge a window, and the second fault went unseen.
    ShopModel shop = ShopModel.standard(7).withTrafficCycle(TrafficCycle.BUSY_ALL_DAY);
    Simulation simulation = new Simulation(shop,
        SimulationConfig.defaults().withPeakRootRequestsPerSecond(peakRps).withSeed(11), faults);
    KafkaTelemetrySink sink = KafkaTelemetrySink.create(bootstrapServers, Encoding.OTLP_PROTO, Topics.DEFAULT);
    return new LiveShop(sink, RealtimeSimulation.start(simulation, sink, new CatchingUp(from, 20)));
  }

  @Override
  public void close() {
    running.close();
    sink.close();
  }

  /** A clock that starts in the past, runs {@code speed} times too fast, and stops at the wall clock. */
  private static final class CatchingUp extends Clock {
    private final Instant from;
    private final long startNanos = System.nanoTime();
    private final int speed;

    CatchingUp(Instant from, int speed) {
      this.from = from;
      this.speed = speed;
    }

    @Override
    public Instant instant() {
      Instant fast = from.plus(Duration.ofNanos((System.nanoTime() - startNanos) * speed));
      Instant wall = Instant.now();
      return fast.isBefore(wall) ? fast : wall;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
