package dev.rootline.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One instrumented service of the shop.
 *
 * @param name           {@code service.name}
 * @param version        the version deployed when a run starts, e.g. {@code 1.4.2}
 * @param instances      how many pods serve it
 * @param port           the port it listens on ({@code server.port})
 * @param connectionPool the size of its database connection pool, 0 when it has none
 * @param endpoints      what it serves
 */
public record ServiceSpec(
    String name, String version, int instances, int port, int connectionPool, List<Endpoint> endpoints) {

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    endpoints = List.copyOf(endpoints);
    if (instances < 1 || connectionPool < 0 || endpoints.isEmpty()) {
      throw new IllegalArgumentException(
          "service " + name + " needs at least one instance and one endpoint, and a pool size >= 0");
    }
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
