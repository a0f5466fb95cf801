package dev.rootline.app.rca;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Continues an incident's revisions from the stored report, so that a restarted process or a replica
 * that took over (whose engine counts from 1, or ran ahead as a standby) revises the incident people
 * were paged for instead of announcing it again (docs/adr/018-scale-out-and-restart.md). A report is
 * numbered right after the stored revision; it is dropped when it says nothing new: a stored resolved
 * incident with nothing seen since, or a revision the store already has with the same substance
 * (state, last seen, verdict, top cause). An incident the store does not know under its id, but
 * that holds an anomaly of a stored incident, is that incident: it takes the stored id. Blocks on the store; a store failure
 * surfaces as an exception.
 */
final class RevisionContinuity {
  private static final int CANDIDATES = 100;
  /** How long before an incident's onset a stored incident holding its anomalies may have been last seen. */
  private static final Duration LOOK_AROUND = Duration.ofMinutes(10);
  private final ReportStore store;
  private final BiPredicate<String, String> rename;

  /**
   * @param rename renames an incident in the engine (from, to); false when it cannot, and then the
   *               report keeps its own id
   */
  RevisionContinuity(ReportStore store, BiPredicate<String, String> rename) {
    this.store = store;
    this.rename = rename;
  }

  /** The report to hand on, numbered after the stored one; empty when it says nothing new. */
  Optional<RcaReport> next(RcaReport report) {
    Optional<RcaReport> stored = store.find(report.id());
    if (stored.isEmpty()) {
      stored = sharingAnAnomaly(report);
      if (stored.isEmpty()) {
        return Optional.of(report);
      }
      report = renamed(report, stored.get().id());
    }
    RcaReport kept = stored.get();
    boolean nothingSince = !report.incident().lastSeen().isAfter(kept.incident().lastSeen());
    if (nothingSince && kept.incident().state() == Incident.State.RESOLVED) {
      return Optional.empty();
    }
    if (report.revision() <= kept.revision() && nothingSince && sameSubstance(kept, report)) {
      return Optional.empty();
    }
    int number = kept.revision() + 1;
    return Optional.of(report.revision() == number ? report : report.withRevision(number));
  }

  /**
   * A stored incident, seen since shortly before this one began, that holds one of its anomalies:
   * the same incident, named otherwise by a process that received the anomalies in another order.
   * The engine takes that name over, so its later revisions go under it.
   */
  private Optional<RcaReport> sharingAnAnomaly(RcaReport report) {
    Set<String> anomalies = new HashSet<>();
    report.incident().symptoms().forEach(s -> anomalies.add(s.anomalyId()));
    Instant since = report.incident().onset().minus(LOOK_AROUND);
    for (RcaReport kept : store.recent(since, CANDIDATES)) {
      boolean shares = kept.incident().symptoms().stream().anyMatch(s -> anomalies.contains(s.anomalyId()));
      if (shares && !kept.id().equals(report.id()) && rename.test(report.id(), kept.id())) {
        return Optional.of(kept);
      }
    }
    return Optional.empty();
  }

  private static RcaReport renamed(RcaReport report, String id) {
    Incident i = report.incident();
    Incident incident = new Incident(id, i.state(), i.onset(), i.lastSeen(), i.resolved(), i.severity(), i.symptoms(),
        i.services());
    return new RcaReport(incident, report.revision(), report.analysedAt(), report.verdict(), report.candidates(),
        report.blastRadius(), report.timeline(), report.explanation(), report.series());
  }

  private static boolean sameSubstance(RcaReport kept, RcaReport report) {
    return kept.incident().state() == report.incident().state()
        && kept.verdict() == report.verdict()
        && Objects.equals(topCause(kept), topCause(report));
  }

  private static String topCause(RcaReport report) {
    if (report.candidates().isEmpty()) {
      return null;
    }
    Candidate top = report.candidates().get(0);
    return top.service() + "/" + top.indicator();
  }
}
