package dev.rootline.simulator;

import dev.rootline.core.change.DeployEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The planned changes of a run, made in time order as simulated time passes them. */
final class Schedule {
  private final List<PlannedChange> changes;
  private final Set<String> services;
  private int next;

  Schedule(List<PlannedChange> changes, long fromNanos) {
    this.changes = changes.stream().sorted(Comparator.comparing(PlannedChange::at)).toList();
    this.services = changes.stream().map(PlannedChange::service).collect(Collectors.toUnmodifiableSet());
    while (next < this.changes.size() && nanos(this.changes.get(next)) < fromNanos) {
      next++;
    }
  }

  /** The services that planned changes own, which harmless rollouts leave alone. */
  Set<String> services() {
    return services;
  }

  /** Makes the changes due before {@code atNanos}; returns what was reported. */
  List<DeployEvent> due(long atNanos, Fleet fleet) {
    List<DeployEvent> events = new ArrayList<>();
    while (next < changes.size() && nanos(changes.get(next)) < atNanos) {
      PlannedChange change = changes.get(next++);
      fleet.apply(change, nanos(change)).ifPresent(events::add);
    }
    return events;
  }

  private static long nanos(PlannedChange change) {
    return Math.addExact(Math.multiplyExact(change.at().getEpochSecond(), 1_000_000_000L), change.at().getNano());
  }
}
