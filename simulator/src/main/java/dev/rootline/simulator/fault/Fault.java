package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.Conditions;
import dev.rootline.simulator.ServiceInstance;
import java.time.Instant;

/**
 * One fault, active in {@code [start, end)}: the conditions it puts the shop under while active
 * (and the changes it plans, such as a deploy and its rollback), and the label that names its root
 * cause. Outside its window it behaves as modelled. Nothing it does names itself in the telemetry.
 */
public sealed interface Fault extends Conditions
    permits LatencyInjection, NetworkDelay, ErrorInjection, BadDeploy, NPlusOne, PoolExhaustion, RetryStorm,
        CacheStampede, CpuSaturation, MemoryLeak, DependencyOutage, ConfigChange, PoisonPill {

  FaultType type();

  Instant start();

  Instant end();

  /** Where the blame lies. */
  RootCause rootCause();

  /** Where the fault acts: the blamed service, or {@code caller>callee} for a fault on an edge. */
  default String target() {
    return rootCause().service();
  }

  /** One line saying what happened, for the label, e.g. "checkout 1.5.0 fails 30% of POST /checkout". */
  String caption();

  /** How strong it is, in the fault's own terms, e.g. "x3 latency" or "20% errors". */
  String strength();

  /** Whether it is active at {@code at}. */
  default boolean activeAt(Instant at) {
    return !at.isBefore(start()) && at.isBefore(end());
  }

  @Override
  default Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    return Behaviour.NORMAL;
  }

  @Override
  default Behaviour calling(ServiceInstance caller, String target, Instant at) {
    return Behaviour.NORMAL;
  }
}
