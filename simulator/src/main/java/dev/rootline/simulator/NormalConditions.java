package dev.rootline.simulator;

import java.time.Instant;

/** The shop as modelled, without faults. */
enum NormalConditions implements Conditions {
  INSTANCE;

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    return Behaviour.NORMAL;
  }

  @Override
  public Behaviour calling(ServiceInstance caller, String target, Instant at) {
    return Behaviour.NORMAL;
  }
}
