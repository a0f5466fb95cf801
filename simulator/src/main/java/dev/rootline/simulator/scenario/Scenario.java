package dev.rootline.simulator.scenario;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import java.time.Instant;
import java.util.Objects;

/**
 * One labelled case to simulate: the shop from {@code from} to {@code to} under one fault, or none.
 *
 * @param id      the case's directory name and label id
 * @param caption the label's caption
 * @param fault   the fault, or null for fault-free traffic
 * @param seed    the seed of the case's traffic
 */
public record Scenario(String id, String caption, Fault fault, Instant from, Instant to, long seed) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to) || (fault != null && (fault.start().isBefore(from) || fault.start().isAfter(to)))) {
      throw new IllegalArgumentException("case " + id + " must start before it ends and hold its fault's start");
    }
  }

  /** A case of {@code fault}, captioned by it. */
  public static Scenario of(String id, Fault fault, Instant from, Instant to, long seed) {
    return new Scenario(id, fault.caption(), fault, from, to, seed);
  }

  /** What the simulation runs under. */
  public FaultPlan plan() {
    return fault == null ? FaultPlan.none() : FaultPlan.of(fault);
  }

  public Label label() {
    return fault == null
        ? new Label(id, caption, ScenarioSet.SYSTEM, Label.NONE, from, to, null)
        : new Label(id, caption, ScenarioSet.SYSTEM, fault.type().wireName(), fault.start(), fault.end(),
            fault.rootCause());
  }
}
