package dev.rootline.simulator;

import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import java.time.Duration;
import java.time.Instant;

/** Named simulation runs shared by the tests; each is simulated once per test JVM. */
final class Fixtures {
  static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  static final long SEED = 42;
  /** Peak 50 requests/s so that a minute holds a few background errors. */
  static final SimulationConfig BUSY = SimulationConfig.defaults().withPeakRootRequestsPerSecond(50).withSeed(SEED);

  private static InMemoryTelemetrySink noonMinute;

  private Fixtures() {}

  /** One simulated minute at noon of the standard shop. */
  static synchronized Telemetry noonMinute() {
    if (noonMinute == null) {
      noonMinute = run(BUSY, NOON, Duration.ofMinutes(1));
    }
    return new Telemetry(noonMinute);
  }

  static InMemoryTelemetrySink run(SimulationConfig config, Instant from, Duration duration) {
    InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
    new Simulation(ShopModel.standard(SEED), config).run(from, from.plus(duration), sink);
    return sink;
  }
}
