package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.ServiceInstance;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A new version of a service is rolled out at {@code start} (new pods, a new {@code service.version},
 * a reported deploy) and breaks one route; it is rolled back to {@code previousVersion} at
 * {@code end}. Only pods running {@code version} misbehave.
 */
public record BadDeploy(
    String service, String version, String previousVersion, Breakage breakage, Instant start, Instant end)
    implements Fault {
  public BadDeploy {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(previousVersion, "previousVersion");
    Objects.requireNonNull(breakage, "breakage");
    Window.check(start, end);
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    boolean hit = instance.service().equals(service) && instance.version().equals(version)
        && breakage.endpoint().equals(endpoint);
    return hit && activeAt(at) ? breakage.behaviour() : Behaviour.NORMAL;
  }

  @Override
  public List<PlannedChange> changes() {
    return List.of(PlannedChange.deploy(start, service, version),
        PlannedChange.rollback(end, service, previousVersion));
  }

  @Override
  public FaultType type() {
    return FaultType.BAD_DEPLOY;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.CODE_CHANGE);
  }

  @Override
  public String caption() {
    return service + " " + version + " " + breakage.describe() + " after its deploy";
  }

  @Override
  public String strength() {
    return breakage.strength();
  }
}
