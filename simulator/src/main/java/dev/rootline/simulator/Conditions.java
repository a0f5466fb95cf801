package dev.rootline.simulator;

import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import java.time.Instant;
import java.util.List;

/**
 * The seam through which faults act on the shop: every request a pod serves, every call it makes,
 * every metric export and every consumed message asks here how to behave. Faults show only through
 * the telemetry this changes. Implementations are called from the simulation thread only, many
 * times per simulated second, and must be cheap, deterministic (draw no randomness of their own)
 * and stateless, so that one instance serves any number of runs. Only the first two methods are
 * required; the others default to "as modelled".
 */
public interface Conditions {
  /** How {@code instance} serves {@code endpoint} (its span name) at {@code at}. */
  Behaviour serving(ServiceInstance instance, String endpoint, Instant at);

  /**
   * How a call from {@code caller} to {@code target} (a service, datastore or external API name)
   * behaves at {@code at}: the latency factor applies to the network or the query, the extra errors
   * are connection failures or driver timeouts unless a failure is named.
   */
  Behaviour calling(ServiceInstance caller, String target, Instant at);

  /**
   * The endpoint as the code {@code instance} runs at {@code at} implements it: its calls, self time
   * and errors. Must keep the endpoint's protocol, method and route, which name its spans and metrics.
   */
  default Endpoint code(ServiceInstance instance, Endpoint endpoint, Instant at) {
    return endpoint;
  }

  /** How {@code caller}'s client retries calls to {@code target} at {@code at}. */
  default Retries retries(ServiceInstance caller, String target, Instant at) {
    return Retries.NONE;
  }

  /** What {@code instance}'s process suffers at {@code at}, seen in its runtime and pool metrics. */
  default Strain strain(ServiceInstance instance, Instant at) {
    return Strain.NONE;
  }

  /**
   * The failure {@code consumer} (a service) meets on a poison message of {@code topic} at
   * {@code at}, or null. While it is non-null, the first message published after it became so is
   * poison to that consumer: every attempt to process it fails, and its partition waits behind it.
   */
  default Failure poison(String consumer, String topic, Instant at) {
    return null;
  }

  /** Changes made to the shop at set times, in any order. */
  default List<PlannedChange> changes() {
    return List.of();
  }

  /** Everything as modelled. */
  static Conditions normal() {
    return NormalConditions.INSTANCE;
  }
}
