package dev.rootline.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionContinuityTest {
  private static final Instant ONSET = Instant.parse("2026-03-02T10:15:00Z");
  private final ReportStore store = ReportStore.inMemory(10);
  private final RevisionContinuity continuity = new RevisionContinuity(store, (from, to) -> true);

  private static RcaReport report(int revision, int lastSeenMinutes) {
    return ReportFixtures.report("inc-a", revision, ONSET, ONSET.plusSeconds(60L * lastSeenMinutes));
  }

  private static RcaReport resolved(RcaReport report) {
    Incident i = report.incident();
    return new RcaReport(new Incident(i.id(), Incident.State.RESOLVED, i.onset(), i.lastSeen(), i.lastSeen(),
        i.severity(), i.symptoms(), i.services()), report.revision(), report.analysedAt(), report.verdict(),
        report.candidates(), report.blastRadius(), report.timeline(), report.explanation());
  }

  @Test
  void next_passesANewIncidentAsItIs() {
    assertThat(continuity.next(report(1, 2))).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo(1));
  }

  @Test
  void next_continuesTheStoredNumbering_whenARestartedEngineCountsFromOne() {
    store.save(report(3, 2));

    assertThat(continuity.next(report(1, 4))).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo(4));
  }

  @Test
  void next_continuesTheStoredNumbering_whenAStandbyRanAhead() {
    store.save(report(3, 2));

    assertThat(continuity.next(report(7, 4))).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo(4));
  }

  @Test
  void next_dropsARebuiltReportThatSaysNothingNew() {
    store.save(report(3, 2));

    assertThat(continuity.next(report(1, 2))).isEmpty();
  }

  @Test
  void next_passesARebuiltReportWithAnotherVerdict_asTheNextRevision() {
    store.save(report(3, 2));
    RcaReport other = ReportFixtures.withVerdict(report(1, 2), 1, RcaReport.Verdict.NO_CLEAR_CAUSE);

    assertThat(continuity.next(other)).hasValueSatisfying(r -> assertThat(r.revision()).isEqualTo(4));
  }

  @Test
  void next_neverReopensAResolvedIncident_fromNothingSeenSince() {
    store.save(resolved(report(5, 2)));

    assertThat(continuity.next(report(1, 2))).isEmpty();
    assertThat(continuity.next(resolved(report(9, 2)))).isEmpty();
  }

  @Test
  void next_passesTheSteadyNextRevisionUnchanged() {
    store.save(report(3, 2));
    RcaReport fourth = report(4, 2);

    assertThat(continuity.next(fourth)).containsSame(fourth);
  }

  @Test
  void next_takesTheStoredIdOfAnIncidentHoldingTheSameAnomaly_andContinuesItsRevisions() {
    store.save(report(2, 2));
    RcaReport namedOtherwise = ReportFixtures.report("inc-b", 1, ONSET, ONSET.plusSeconds(240));
    java.util.List<String> renamed = new java.util.ArrayList<>();
    RevisionContinuity adopting = new RevisionContinuity(store, (from, to) -> renamed.add(from + ">" + to));

    assertThat(adopting.next(namedOtherwise)).hasValueSatisfying(r -> {
      assertThat(r.id()).isEqualTo("inc-a");
      assertThat(r.revision()).isEqualTo(3);
    });
    assertThat(renamed).containsExactly("inc-b>inc-a");
  }
}
