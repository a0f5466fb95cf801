package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * An endpoint that users call directly, with its share of the root requests.
 *
 * @param service  the service receiving user traffic
 * @param endpoint the endpoint's name
 * @param weight   its relative share of root requests
 */
public record EntryPoint(String service, String endpoint, double weight) {
  public EntryPoint {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(endpoint, "endpoint");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("entry point weight must be positive, got " + weight);
    }
  }
}
