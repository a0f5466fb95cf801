package dev.rootline.rca.incident;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups anomalies into incidents: an anomaly joins an open incident when it begins no later than
 * {@code gap} after the incident was last abnormal and its service is one of the incident's or a
 * neighbour of one in the service graph; otherwise it opens an incident of its own. Incidents
 * opened apart that the rule would have grouped, had the anomalies or the graph come in another
 * order, are joined by {@link #regroup()}. An incident resolves once all its anomalies have
 * resolved and {@code quiet} has passed without a new one. Bounded: past {@code maxOpen} open
 * incidents the oldest is resolved early. Not thread-safe.
 */
public final class IncidentTracker {
  private final long gapMillis;
  private final long quietMillis;
  private final int maxOpen;
  private final Function<String, Set<String>> neighbours;
  private final List<OpenIncident> open = new ArrayList<>();

  /**
   * @param neighbours the services a service calls or is called by, as the recent spans show
   */
  public IncidentTracker(Duration gap, Duration quiet, int maxOpen, Function<String, Set<String>> neighbours) {
    this.gapMillis = gap.toMillis();
    this.quietMillis = quiet.toMillis();
    this.maxOpen = maxOpen;
    this.neighbours = neighbours;
  }

  /** A tracker for the service: 5 minutes' gap, 5 minutes' quiet, 1,000 open incidents. */
  public static IncidentTracker standard(Function<String, Set<String>> neighbours) {
    return new IncidentTracker(Duration.ofMinutes(5), Duration.ofMinutes(5), 1_000, neighbours);
  }

  /** Takes one anomaly report; returns the incidents it opened, changed or pushed out. */
  public List<Incident> accept(Anomaly anomaly) {
    List<Incident> changed = new ArrayList<>(2);
    OpenIncident target = find(anomaly);
    if (target == null) {
      if (anomaly.state() == Anomaly.State.RESOLVED) {
        return changed;
      }
      if (open.size() >= maxOpen) {
        changed.add(open.remove(0).resolve(anomaly.lastSeen()));
      }
      target = new OpenIncident(anomaly);
      open.add(target);
    }
    if (target.add(anomaly)) {
      changed.add(target.snapshot());
    }
    return changed;
  }

  /** Resolves the incidents whose anomalies all resolved more than {@code quiet} before event time. */
  public List<Incident> advanceTo(long millis) {
    List<Incident> resolved = new ArrayList<>(0);
    Iterator<OpenIncident> it = open.iterator();
    while (it.hasNext()) {
      OpenIncident incident = it.next();
      if (incident.quietSince(millis - quietMillis)) {
        resolved.add(incident.resolve(incident.lastSeen()));
        it.remove();
      }
    }
    return resolved;
  }

  /**
   * Joins the open incidents that belong together by the grouping rule but were opened apart:
   * the anomaly that links them came last, or the part of the call graph that links them was
   * learnt after they opened. An incident not yet announced joins another (an announced one keeps
   * its id, as announced ids do); two announced incidents stay apart, since each was shown under
   * its own id. Returns one {@link Merge} per incident joined.
   */
  public List<Merge> regroup() {
    List<Joined> joined = new ArrayList<>();
    while (joinOne(joined)) {
      // each pass joins one incident; the next looks again, since the joined one grew
    }
    // An unannounced incident's id follows its earliest anomaly, so the ids joined are read last.
    return joined.stream().map(j -> new Merge(j.from(), j.partner(), j.into().id())).toList();
  }

  /** Joins the first unannounced incident that belongs with another; false when none does. */
  private boolean joinOne(List<Joined> joined) {
    for (OpenIncident incident : open) {
      OpenIncident into = incident.announced() ? null : partnerOf(incident);
      if (into != null) {
        joined.add(new Joined(incident.id(), into.id(), into));
        into.absorb(incident);
        open.remove(incident);
        return true;
      }
    }
    return false;
  }

  private record Joined(String from, String partner, OpenIncident into) {}

  /**
   * An incident joined another.
   *
   * @param from    the joined incident's id before it joined
   * @param partner the id of the incident it joined, at that moment
   * @param into    the id of the two as one, as it stands: the partner's, or, when neither was
   *                announced, the id of the earliest anomaly's incident, which may be {@code from}
   */
  public record Merge(String from, String partner, String into) {}

  private OpenIncident partnerOf(OpenIncident incident) {
    Set<String> reach = null; // looked up only when another incident overlaps in time
    for (OpenIncident other : open) {
      if (other != incident && other.overlaps(incident, gapMillis)) {
        reach = reach == null ? reach(incident.services()) : reach;
        if (other.touchesAny(reach)) {
          return other;
        }
      }
    }
    return null;
  }

  /** The open incidents as they stand. */
  public List<Incident> open() {
    return open.stream().map(OpenIncident::snapshot).toList();
  }

  /**
   * Fixes the open incident's id once a report under it went out; until then it follows the
   * incident's earliest anomaly, so that the order anomalies arrive in does not name the incident.
   */
  public void announce(String incidentId) {
    for (OpenIncident incident : open) {
      if (incident.id().equals(incidentId)) {
        incident.announce();
      }
    }
  }

  /**
   * Gives the open incident another id and fixes it, e.g. the id under which a previous process
   * already reported the same incident; false, changing nothing, when no open incident has {@code
   * from} or another already has {@code to}.
   */
  public boolean rename(String from, String to) {
    OpenIncident target = null;
    for (OpenIncident incident : open) {
      if (incident.id().equals(to)) {
        return false;
      }
      target = incident.id().equals(from) ? incident : target;
    }
    if (target == null) {
      return false;
    }
    target.rename(to);
    return true;
  }

  /** The open incident that holds the anomaly, as it stands. */
  public Optional<Incident> incidentOf(String anomalyId) {
    for (OpenIncident incident : open) {
      if (incident.holds(anomalyId)) {
        return Optional.of(incident.snapshot());
      }
    }
    return Optional.empty();
  }

  private OpenIncident find(Anomaly anomaly) {
    for (OpenIncident incident : open) {
      if (incident.holds(anomaly.id())) {
        return incident;
      }
    }
    if (anomaly.state() == Anomaly.State.RESOLVED) {
      return null;
    }
    // The anomaly's services and their neighbours, looked up once: the graph is read from the
    // evidence store, and open incidents may be many.
    Set<String> reach = reach(servicesOf(anomaly.series()));
    for (OpenIncident incident : open) {
      if (anomaly.onset().toEpochMilli() <= incident.lastSeen().toEpochMilli() + gapMillis
          && incident.touchesAny(reach)) {
        return incident;
      }
    }
    return null;
  }

  /** The services and their neighbours in the service graph. */
  private Set<String> reach(Collection<String> services) {
    Set<String> reach = new HashSet<>();
    for (String service : services) {
      reach.add(service);
      reach.addAll(neighbours.apply(service));
    }
    return reach;
  }

  /** The services a series is about: an edge's caller and callee, any other series' service. */
  static List<String> servicesOf(SeriesKey series) {
    if (series instanceof SeriesKey.Edge edge) {
      return List.of(edge.caller(), edge.callee());
    }
    return List.of(series.service());
  }
}
