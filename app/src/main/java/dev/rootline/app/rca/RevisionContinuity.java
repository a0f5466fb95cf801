package dev.rootline.app.rca;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Continues an incident's revisions from the stored report, so that a restarted process or a replica
 * that took over (whose engine counts from 1, or ran ahead as a standby) revises the incident people
 * were paged for instead of announcing it again (docs/adr/015-scale-out-and-restart.md). A report is
 * numbered right after the stored revision; it is dropped when it says nothing new: a stored resolved
 * incident with nothing seen since, or a revision the store already has with the same substance
 * (state, last seen, verdict, top cause). Blocks on the store; a store failure
 * surfaces as an exception.
 */
final class RevisionContinuity {
  private final ReportStore store;

  RevisionContinuity(ReportStore store) {
    this.store = store;
  }

  /** The report to hand on, numbered after the stored one; empty when it says nothing new. */
  Optional<RcaReport> next(RcaReport report) {
    Optional<RcaReport> stored = store.find(report.id());
    if (stored.isEmpty()) {
      return Optional.of(report);
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
