package dev.rootline.simulator;

import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.TelemetrySink;
import java.time.Instant;
import java.util.Objects;

/**
 * A simulated online shop that emits the traces, metrics, logs and deploy events its services would
 * export through OpenTelemetry. A simulation is immutable; each run starts the shop afresh, so equal
 * models, configs and conditions give equal output.
 */
public final class Simulation {
  private final ShopModel model;
  private final SimulationConfig config;
  private final Conditions conditions;

  /** A simulation of the shop as modelled, without faults. */
  public Simulation(ShopModel model, SimulationConfig config) {
    this(model, config, Conditions.normal());
  }

  public Simulation(ShopModel model, SimulationConfig config, Conditions conditions) {
    this.model = Objects.requireNonNull(model, "model");
    this.config = Objects.requireNonNull(config, "config");
    this.conditions = Objects.requireNonNull(conditions, "conditions");
  }

  public SimulationConfig config() {
    return config;
  }

  /**
   * Simulates the requests that arrive in {@code [from, to)} as fast as the machine allows, writing
   * to {@code sink} on the calling thread. Reports one deploy per service at {@code from}. Does not
   * close the sink.
   */
  public void run(Instant from, Instant to, TelemetrySink sink) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the run ends (" + to + ") before it starts (" + from + ")");
    }
    Run run = start(from, sink);
    run.advanceTo(to);
    run.finish();
  }

  /** Starts a run at {@code from}, for callers that advance it themselves. */
  Run start(Instant from, TelemetrySink sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(sink, "sink");
    return new Run(model, config, conditions, from, sink);
  }
}
