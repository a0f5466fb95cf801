package dev.rootline.simulator;

import dev.rootline.core.change.DeployEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Harmless version rollouts at random times: a Poisson process over the whole shop. */
final class Rollouts {
  private final long meanNanos;
  private final List<String> services;
  private final RandomGenerator random;
  private long nextNanos;

  Rollouts(Duration meanInterval, List<String> services, long startNanos, RandomGenerator random) {
    this.meanNanos = meanInterval.toNanos();
    this.services = List.copyOf(services);
    this.random = random;
    this.nextNanos = meanNanos == 0 ? Long.MAX_VALUE : startNanos + draw();
  }

  /**
   * Rolls out the deploys due before {@code endNanos} and reports them. A draw that falls on one of
   * the {@code planned} services (which planned changes own) passes without a rollout.
   */
  List<DeployEvent> due(long endNanos, Fleet fleet, Set<String> planned) {
    List<DeployEvent> events = new ArrayList<>();
    while (nextNanos < endNanos) {
      String service = services.get(random.nextInt(services.size()));
      boolean minor = random.nextDouble() < 0.1;
      if (!planned.contains(service)) {
        events.add(fleet.rollout(service, next(fleet.version(service), minor), nextNanos));
      }
      nextNanos += draw();
    }
    return events;
  }

  /** The next patch version, or the next minor one; a version that is not x.y.z gets ".1" appended. */
  static String next(String version, boolean minor) {
    String[] parts = version.split("\\.");
    try {
      if (parts.length != 3) {
        return version + ".1";
      }
      int major = Integer.parseInt(parts[0]);
      int minorPart = Integer.parseInt(parts[1]);
      int patch = Integer.parseInt(parts[2]);
      return minor ? major + "." + (minorPart + 1) + ".0" : major + "." + minorPart + "." + (patch + 1);
    } catch (NumberFormatException e) {
      return version + ".1";
    }
  }

  private long draw() {
    return Math.max(1, (long) (meanNanos * random.nextExponential()));
  }
}
