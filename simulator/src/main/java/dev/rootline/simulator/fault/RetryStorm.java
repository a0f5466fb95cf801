package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.Retries;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.Strain;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A caller's client starts timing out calls to a callee after {@code timeoutMillis} and retrying at
 * once, up to {@code attempts} times: its outbound calls multiply while its inbound traffic stays
 * flat, the callee's load and latency climb over the first minutes (which makes more attempts time
 * out), and the caller's requests fail once every attempt has. The label blames the caller.
 */
public record RetryStorm(String caller, String callee, int attempts, double timeoutMillis, Instant start, Instant end)
    implements Fault {
  private static final Duration BUILD_UP = Duration.ofMinutes(4);

  public RetryStorm {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(callee, "callee");
    Window.check(start, end);
    if (attempts < 2 || !(timeoutMillis > 0)) {
      throw new IllegalArgumentException("a retry storm needs at least 2 attempts and a positive timeout");
    }
  }

  @Override
  public Retries retries(ServiceInstance from, String target, Instant at) {
    boolean hit = from.service().equals(caller) && target.equals(callee);
    return hit && activeAt(at) ? new Retries(attempts, timeoutMillis) : Retries.NONE;
  }

  /** The callee slows as the extra attempts pile onto it. */
  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    return instance.service().equals(callee) && activeAt(at) ? Behaviour.slower(1 + overload(at)) : Behaviour.NORMAL;
  }

  @Override
  public Strain strain(ServiceInstance instance, Instant at) {
    return instance.service().equals(callee) && activeAt(at)
        ? new Strain(Math.min(0.6, 0.15 * overload(at)), 0, 0, 0) : Strain.NONE;
  }

  private double overload(Instant at) {
    return 0.5 * (attempts - 1) * Window.ramp(start, at, BUILD_UP);
  }

  @Override
  public FaultType type() {
    return FaultType.RETRY_STORM;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(caller, Indicator.SATURATION);
  }

  @Override
  public String target() {
    return caller + ">" + callee;
  }

  @Override
  public String caption() {
    return caller + " retries calls to " + callee + " up to " + attempts + " times after a "
        + Window.number(timeoutMillis) + " ms timeout";
  }

  @Override
  public String strength() {
    return attempts + " attempts, " + Window.number(timeoutMillis) + " ms timeout";
  }
}
