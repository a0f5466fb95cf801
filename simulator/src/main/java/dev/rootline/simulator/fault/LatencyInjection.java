package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import java.time.Instant;
import java.util.Objects;

/**
 * A service answers slower: its own processing time (not its calls) grows by {@code factor}, on one
 * endpoint or all. Its callers' client spans and their own latency rise with it.
 *
 * @param endpoint the endpoint's span name, or null for every endpoint
 */
public record LatencyInjection(String service, String endpoint, double factor, Instant start, Instant end)
    implements Fault {
  public LatencyInjection {
    Objects.requireNonNull(service, "service");
    Window.check(start, end);
    if (!(factor > 0)) {
      throw new IllegalArgumentException("latency factor must be positive, got " + factor);
    }
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String name, Instant at) {
    boolean hit = instance.service().equals(service) && (endpoint == null || endpoint.equals(name));
    return hit && activeAt(at) ? Behaviour.slower(factor) : Behaviour.NORMAL;
  }

  @Override
  public FaultType type() {
    return FaultType.LATENCY;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.LATENCY);
  }

  @Override
  public String caption() {
    return service + " responds " + Window.times(factor) + " slower" + (endpoint == null ? "" : " on " + endpoint);
  }

  @Override
  public String strength() {
    return Window.times(factor) + " self time";
  }
}
