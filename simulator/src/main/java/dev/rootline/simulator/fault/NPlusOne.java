package dev.rootline.simulator.fault;

import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new version of a service is rolled out at {@code start} whose {@code endpoint} makes
 * {@code perItem} once per item, one after another, where the old code made one batched call: it
 * replaces the endpoint's first call to the same target, or follows its first call. The caller's
 * latency and the callee's load rise, and traces repeat the same client span many times. Rolled
 * back to {@code previousVersion} at {@code end}.
 *
 * @param perItem the call made per item; its {@code maxTimes} is the most items a request has
 */
public record NPlusOne(
    String service, String version, String previousVersion, String endpoint, Call perItem, Instant start,
    Instant end) implements Fault {
  public NPlusOne {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(previousVersion, "previousVersion");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(perItem, "perItem");
    Window.check(start, end);
  }

  @Override
  public Endpoint code(ServiceInstance instance, Endpoint modelled, Instant at) {
    if (!instance.service().equals(service) || !instance.version().equals(version)
        || !modelled.name().equals(endpoint) || !activeAt(at)) {
      return modelled;
    }
    List<Call> calls = new ArrayList<>(modelled.calls());
    int same = indexOfTarget(calls);
    if (same >= 0) {
      calls.set(same, perItem.sequential());
    } else {
      calls.add(Math.min(1, calls.size()), perItem.sequential());
    }
    return modelled.calling(calls);
  }

  @Override
  public List<PlannedChange> changes() {
    return List.of(PlannedChange.deploy(start, service, version),
        PlannedChange.rollback(end, service, previousVersion));
  }

  @Override
  public FaultType type() {
    return FaultType.N_PLUS_ONE;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.CODE_CHANGE);
  }

  @Override
  public String caption() {
    return service + " " + version + " calls " + callee() + " once per item on " + endpoint;
  }

  @Override
  public String strength() {
    return "up to " + perItem.maxTimes() + " calls per request";
  }

  private String callee() {
    if (perItem.target() instanceof ServiceTarget callee) {
      return callee.service();
    }
    return perItem.target() instanceof QueryTarget query ? query.datastore() : "a dependency";
  }

  private int indexOfTarget(List<Call> calls) {
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).target().equals(perItem.target())) {
        return i;
      }
    }
    return -1;
  }
}
