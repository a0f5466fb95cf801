package dev.rootline.simulator.scenario;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import java.time.Instant;
import java.util.Objects;

/**
 * One labelled case to simulate: a system from {@code from} to {@code to} under one fault, or none.
 *
 * @param id      the case's directory name and label id
 * @param caption the label's caption
 * @param fault   the fault, or null for fault-free traffic
 * @param seed    the seed of the case's traffic
 * @param system  the label's {@code system}, e.g. {@code shop-sim}
 */
public record Scenario(String id, String caption, Fault fault, Instant from, Instant to, long seed, String system) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(system, "system");
    if (!from.isBefore(to) || (fault != null && (fault.start().isBefore(from) || fault.start().isAfter(to)))) {
      throw new IllegalArgumentException("case " + id + " must start before it ends and hold its fault's start");
    }
  }

  /** A case of the standard shop. */
  public Scenario(String id, String caption, Fault fault, Instant from, Instant to, long seed) {
    this(id, caption, fault, from, to, seed, ScenarioSet.SYSTEM);
  }

  /** A case of {@code fault} in the standard shop, captioned by it. */
  public static Scenario of(String id, Fault fault, Instant from, Instant to, long seed) {
    return new Scenario(id, fault.caption(), fault, from, to, seed);
  }

  /** This case, labelled as one of {@code newSystem}. */
  public Scenario inSystem(String newSystem) {
    return new Scenario(id, caption, fault, from, to, seed, newSystem);
  }

  /** What the simulation runs under. */
  public FaultPlan plan() {
    return fault == null ? FaultPlan.none() : FaultPlan.of(fault);
  }

  public Label label() {
    return fault == null
        ? new Label(id, caption, system, Label.NONE, from, to, null)
        : new Label(id, caption, system, fault.type().wireName(), fault.start(), fault.end(),
            fault.rootCause());
  }
}
