package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * An endpoint of another service.
 *
 * @param service  the callee's service name
 * @param endpoint the callee endpoint's name, e.g. {@code GET /products/{id}}
 */
public record ServiceTarget(String service, String endpoint) implements Target {
  public ServiceTarget {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(endpoint, "endpoint");
  }
}
