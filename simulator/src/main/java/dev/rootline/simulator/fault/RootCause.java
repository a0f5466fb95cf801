package dev.rootline.simulator.fault;

import java.util.Objects;

/**
 * Where a fault's label puts the blame.
 *
 * @param service   the service, datastore or external API at fault, as telemetry names it
 * @param indicator what went wrong there
 */
public record RootCause(String service, Indicator indicator) {
  public RootCause {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(indicator, "indicator");
  }
}
