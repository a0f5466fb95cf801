package dev.rootline.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One instrumented service of a simulated system.
 *
 * @param name           {@code service.name}
 * @param version        the version deployed when a run starts, e.g. {@code 1.4.2}
 * @param instances      how many pods serve it
 * @param port           the port it listens on ({@code server.port})
 * @param connectionPool the size of its database connection pool, 0 when it has none
 * @param endpoints      what it serves
 * @param instrumentation how its telemetry departs from the agent's, if at all
 */
public record ServiceSpec(
    String name, String version, int instances, int port, int connectionPool, List<Endpoint> endpoints,
    Instrumentation instrumentation) {

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(instrumentation, "instrumentation");
    endpoints = List.copyOf(endpoints);
    if (instances < 1 || connectionPool < 0 || endpoints.isEmpty()) {
      throw new IllegalArgumentException(
          "service " + name + " needs at least one instance and one endpoint, and a pool size >= 0");
    }
  }

  /** A service instrumented as the OpenTelemetry Java agent does it. */
  public ServiceSpec(
      String name, String version, int instances, int port, int connectionPool, List<Endpoint> endpoints) {
    this(name, version, instances, port, connectionPool, endpoints, Instrumentation.STANDARD);
  }

  public ServiceSpec instrumented(Instrumentation newInstrumentation) {
    return new ServiceSpec(name, version, instances, port, connectionPool, endpoints, newInstrumentation);
  }

  /**
   * The endpoint of that name.
   *
   * @throws IllegalArgumentException when the service has none
   */
  public Endpoint endpoint(String endpointName) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.name().equals(endpointName)) {
        return endpoint;
      }
    }
    throw new IllegalArgumentException("service " + name + " has no endpoint '" + endpointName + "'");
  }
}
