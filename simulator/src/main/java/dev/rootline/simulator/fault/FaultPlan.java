package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.Conditions;
import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.Retries;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.Strain;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.ShopModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults and planned changes one simulation runs under, as {@link Conditions}: behaviours of
 * overlapping faults combine (latencies multiply, error probabilities add), and the plan's changes
 * are the faults' own (deploys, rollbacks, flag changes, restarts) plus any scheduled with
 * {@link #withChange}. Immutable.
 */
public final class FaultPlan implements Conditions {
  /** How long the demo's fault lasts. */
  public static final Duration DEMO_DURATION = Duration.ofMinutes(15);

  private final List<Fault> faults;
  private final List<PlannedChange> scheduled;

  private FaultPlan(List<Fault> faults, List<PlannedChange> scheduled) {
    this.faults = List.copyOf(faults);
    this.scheduled = List.copyOf(scheduled);
  }

  /** No faults and no changes: the shop as modelled. */
  public static FaultPlan none() {
    return new FaultPlan(List.of(), List.of());
  }

  public static FaultPlan of(Fault... faults) {
    return new FaultPlan(List.of(faults), List.of());
  }

  public static FaultPlan of(List<Fault> faults) {
    return new FaultPlan(faults, List.of());
  }

  /**
   * The demo's fault of {@code faultType} (a label name such as {@code bad-deploy}) on the standard
   * shop's usual target for it (for a bad deploy: checkout, failing 30% of {@code POST /checkout}),
   * from {@code start} for {@link #DEMO_DURATION}. {@code faults().get(0)} names it: its
   * {@code type()}, {@code rootCause()} and {@code caption()}.
   *
   * @throws IllegalArgumentException naming the known types when {@code faultType} is none of them
   */
  public static FaultPlan demo(String faultType, Instant start) {
    FaultType type = FaultType.of(faultType);
    return of(new Faults(ShopModel.standard(0)).create(type, null, start, start.plus(DEMO_DURATION), null));
  }

  /** This plan with one more change, e.g. a harmless rollout of a new version at a set time. */
  public FaultPlan withChange(PlannedChange change) {
    List<PlannedChange> more = new ArrayList<>(scheduled);
    more.add(change);
    return new FaultPlan(faults, more);
  }

  public List<Fault> faults() {
    return faults;
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    Behaviour combined = Behaviour.NORMAL;
    for (Fault fault : faults) {
      combined = combined.and(fault.serving(instance, endpoint, at));
    }
    return combined;
  }

  @Override
  public Behaviour calling(ServiceInstance caller, String target, Instant at) {
    Behaviour combined = Behaviour.NORMAL;
    for (Fault fault : faults) {
      combined = combined.and(fault.calling(caller, target, at));
    }
    return combined;
  }

  @Override
  public Endpoint code(ServiceInstance instance, Endpoint endpoint, Instant at) {
    Endpoint code = endpoint;
    for (Fault fault : faults) {
      code = fault.code(instance, code, at);
    }
    return code;
  }

  @Override
  public Retries retries(ServiceInstance caller, String target, Instant at) {
    for (Fault fault : faults) {
      Retries retries = fault.retries(caller, target, at);
      if (!retries.equals(Retries.NONE)) {
        return retries;
      }
    }
    return Retries.NONE;
  }

  @Override
  public Strain strain(ServiceInstance instance, Instant at) {
    Strain combined = Strain.NONE;
    for (Fault fault : faults) {
      combined = combined.and(fault.strain(instance, at));
    }
    return combined;
  }

  @Override
  public Failure poison(String consumer, String topic, Instant at) {
    for (Fault fault : faults) {
      Failure failure = fault.poison(consumer, topic, at);
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  @Override
  public List<PlannedChange> changes() {
    List<PlannedChange> all = new ArrayList<>(scheduled);
    faults.forEach(f -> all.addAll(f.changes()));
    return all;
  }
}
