package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import java.time.Instant;
import java.util.Objects;

/**
 * The network between two services adds {@code millis} to every call from {@code caller} to
 * {@code callee}, half each way: the caller's client spans stretch while the callee's server spans
 * stay as they were. The label blames the callee's network.
 */
public record NetworkDelay(String caller, String callee, double millis, Instant start, Instant end) implements Fault {
  public NetworkDelay {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(callee, "callee");
    Window.check(start, end);
    if (!(millis > 0)) {
      throw new IllegalArgumentException("network delay must be positive, got " + millis);
    }
  }

  @Override
  public Behaviour calling(ServiceInstance from, String target, Instant at) {
    boolean hit = from.service().equals(caller) && target.equals(callee);
    return hit && activeAt(at) ? Behaviour.delayed(millis) : Behaviour.NORMAL;
  }

  @Override
  public FaultType type() {
    return FaultType.NETWORK_DELAY;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(callee, Indicator.NETWORK);
  }

  @Override
  public String target() {
    return caller + ">" + callee;
  }

  @Override
  public String caption() {
    return "calls from " + caller + " to " + callee + " take " + Window.number(millis) + " ms longer on the network";
  }

  @Override
  public String strength() {
    return "+" + Window.number(millis) + " ms";
  }
}
