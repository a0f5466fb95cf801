package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.model.Failure;
import java.time.Instant;
import java.util.Objects;

/**
 * A service fails a share of its requests with an exception: 5xx (or gRPC INTERNAL) server spans
 * with exception events, error logs, and failed client spans and requests in its callers.
 *
 * @param endpoint the endpoint's span name, or null for every endpoint
 * @param failure  the exception thrown, or null for each endpoint's modelled one
 */
public record ErrorInjection(
    String service, String endpoint, double probability, Failure failure, Instant start, Instant end)
    implements Fault {
  public ErrorInjection {
    Objects.requireNonNull(service, "service");
    Window.check(start, end);
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("error probability must be within (0, 1], got " + probability);
    }
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String name, Instant at) {
    boolean hit = instance.service().equals(service) && (endpoint == null || endpoint.equals(name));
    return hit && activeAt(at) ? Behaviour.failing(probability, failure) : Behaviour.NORMAL;
  }

  @Override
  public FaultType type() {
    return FaultType.ERRORS;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.ERRORS);
  }

  @Override
  public String caption() {
    return service + " fails " + Window.percent(probability) + " of " + (endpoint == null ? "its requests" : endpoint)
        + (failure == null ? "" : " with " + simpleName(failure.type()));
  }

  @Override
  public String strength() {
    return Window.percent(probability) + " errors";
  }

  static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
