package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.model.Failure;
import java.time.Instant;
import java.util.Objects;

/**
 * A datastore or external API goes down, wholly or in part: {@code probability} of the calls to it
 * fail with {@code failure} after {@code delayMillis} (a connect or read timeout; 0 for an error at
 * once), from every caller. It has no telemetry of its own, so only its callers' client spans, errors
 * and logs show it. The label blames the dependency by the name its callers' spans give it.
 */
public record DependencyOutage(
    String dependency, double probability, Failure failure, double delayMillis, Instant start, Instant end)
    implements Fault {
  public DependencyOutage {
    Objects.requireNonNull(dependency, "dependency");
    Objects.requireNonNull(failure, "failure");
    Window.check(start, end);
    if (!(probability > 0 && probability <= 1) || !(delayMillis >= 0)) {
      throw new IllegalArgumentException("an outage needs a probability within (0, 1] and a delay >= 0");
    }
  }

  @Override
  public Behaviour calling(ServiceInstance caller, String target, Instant at) {
    return target.equals(dependency) && activeAt(at)
        ? Behaviour.failing(probability, failure).after(delayMillis) : Behaviour.NORMAL;
  }

  @Override
  public FaultType type() {
    return FaultType.DEPENDENCY_OUTAGE;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(dependency, Indicator.DEPENDENCY);
  }

  @Override
  public String caption() {
    return dependency + (probability >= 1 ? " is down" : " fails " + Window.percent(probability) + " of calls")
        + ": " + ErrorInjection.simpleName(failure.type());
  }

  @Override
  public String strength() {
    return Window.percent(probability) + " of calls fail" + (delayMillis > 0 ? " after " + Window.number(delayMillis)
        + " ms" : "");
  }
}
