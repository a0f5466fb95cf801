package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.Strain;
import java.time.Instant;
import java.util.Objects;

/**
 * A service's pods run short of CPU (a runaway thread, a noisy neighbour on their nodes): their CPU
 * utilisation rises by {@code cpu} and every request waits for a core, so their processing slows as
 * a queue does, by {@code 1 / (1 - 0.75 cpu)}.
 */
public record CpuSaturation(String service, double cpu, Instant start, Instant end) implements Fault {
  public CpuSaturation {
    Objects.requireNonNull(service, "service");
    Window.check(start, end);
    if (!(cpu > 0 && cpu <= 1)) {
      throw new IllegalArgumentException("extra CPU must be within (0, 1], got " + cpu);
    }
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    return instance.service().equals(service) && activeAt(at) ? Behaviour.slower(slowdown()) : Behaviour.NORMAL;
  }

  @Override
  public Strain strain(ServiceInstance instance, Instant at) {
    return instance.service().equals(service) && activeAt(at) ? new Strain(cpu, 0, 0, 0) : Strain.NONE;
  }

  private double slowdown() {
    return 1 / (1 - 0.75 * cpu);
  }

  @Override
  public FaultType type() {
    return FaultType.CPU_SATURATION;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.CPU);
  }

  @Override
  public String caption() {
    return service + " runs short of CPU and slows " + Window.times(slowdown());
  }

  @Override
  public String strength() {
    return "+" + Window.percent(cpu) + " CPU";
  }
}
