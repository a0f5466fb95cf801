package dev.rootline.simulator;

import java.time.Instant;

/**
 * The seam through which faults act on the shop: every request a pod serves and every call it makes
 * asks here how to behave. Faults show only through the telemetry this changes. Implementations are
 * called from the simulation thread only, many times per simulated second, and must be cheap and
 * deterministic (draw no randomness of their own).
 */
public interface Conditions {
  /** How {@code instance} serves {@code endpoint} (its span name) at {@code at}. */
  Behaviour serving(ServiceInstance instance, String endpoint, Instant at);

  /**
   * How a call from {@code caller} to {@code target} (a service or datastore name) behaves at
   * {@code at}: the latency factor applies to the network, the extra errors are connection failures.
   */
  Behaviour calling(ServiceInstance caller, String target, Instant at);

  /** Everything as modelled. */
  static Conditions normal() {
    return NormalConditions.INSTANCE;
  }
}
