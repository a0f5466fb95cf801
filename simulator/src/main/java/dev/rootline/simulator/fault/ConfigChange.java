package dev.rootline.simulator.fault;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.ServiceInstance;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A config or feature-flag change to a service at {@code start} (reported as such, same pods and
 * version) breaks one route until it is reverted at {@code end}.
 *
 * @param kind    {@link ChangeKind#CONFIG} or {@link ChangeKind#FEATURE_FLAG}
 * @param setting what changed, as reported, e.g. "feature flag new-checkout-flow"
 */
public record ConfigChange(
    String service, ChangeKind kind, String setting, Breakage breakage, Instant start, Instant end) implements Fault {
  public ConfigChange {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(breakage, "breakage");
    Window.check(start, end);
    if (kind != ChangeKind.CONFIG && kind != ChangeKind.FEATURE_FLAG) {
      throw new IllegalArgumentException("a config change is CONFIG or FEATURE_FLAG, not " + kind);
    }
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    boolean hit = instance.service().equals(service) && breakage.endpoint().equals(endpoint);
    return hit && activeAt(at) ? breakage.behaviour() : Behaviour.NORMAL;
  }

  @Override
  public List<PlannedChange> changes() {
    String verb = kind == ChangeKind.FEATURE_FLAG ? "enabled" : "changed";
    String revert = kind == ChangeKind.FEATURE_FLAG ? "disabled" : "reverted";
    return List.of(PlannedChange.setting(start, service, kind, setting + " " + verb),
        PlannedChange.setting(end, service, kind, setting + " " + revert));
  }

  @Override
  public FaultType type() {
    return FaultType.CONFIG_CHANGE;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.CONFIG_CHANGE);
  }

  @Override
  public String caption() {
    return service + " " + breakage.describe() + " after " + setting + " changed";
  }

  @Override
  public String strength() {
    return breakage.strength();
  }
}
