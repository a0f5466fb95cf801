package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.Strain;
import dev.rootline.simulator.model.Failure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A service leaks {@code mbPerMinute} of heap: its memory climbs steadily; once its 1 GiB heap is
 * about 70% full, garbage collections come more often and pause longer, requests slow with them,
 * and near full some fail with OutOfMemoryError. Its pods are restarted at {@code end}.
 */
public record MemoryLeak(String service, double mbPerMinute, Instant start, Instant end) implements Fault {
  private static final double HEAP_MB = 1024;
  private static final double LIVE_MB = 350;
  private static final double PRESSURE_FROM = 0.7;
  private static final Failure OOM = new Failure("java.lang.OutOfMemoryError", "Java heap space");

  public MemoryLeak {
    Objects.requireNonNull(service, "service");
    Window.check(start, end);
    if (!(mbPerMinute > 0)) {
      throw new IllegalArgumentException("the leak rate must be positive, got " + mbPerMinute);
    }
  }

  @Override
  public Strain strain(ServiceInstance instance, Instant at) {
    if (!instance.service().equals(service) || !activeAt(at)) {
      return Strain.NONE;
    }
    return new Strain(0, (long) (leakedMb(at) * (1 << 20)), pressure(at), 0);
  }

  @Override
  public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
    if (!instance.service().equals(service) || !activeAt(at)) {
      return Behaviour.NORMAL;
    }
    double pressure = pressure(at);
    return pressure == 0 ? Behaviour.NORMAL
        : new Behaviour(1 + 4 * Math.pow(pressure, 3), 0.05 * Math.pow(pressure, 4), OOM, 0);
  }

  @Override
  public List<PlannedChange> changes() {
    return List.of(PlannedChange.restart(end, service));
  }

  private double leakedMb(Instant at) {
    return mbPerMinute * Window.minutesSince(start, at);
  }

  private double pressure(Instant at) {
    double full = (LIVE_MB + leakedMb(at)) / HEAP_MB;
    return Math.min(1, Math.max(0, (full - PRESSURE_FROM) / (1 - PRESSURE_FROM)));
  }

  @Override
  public FaultType type() {
    return FaultType.MEMORY_LEAK;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.MEMORY);
  }

  @Override
  public String caption() {
    return service + " leaks " + Window.number(mbPerMinute) + " MB of heap a minute until its pods are restarted";
  }

  @Override
  public String strength() {
    return Window.number(mbPerMinute) + " MB/min";
  }
}
