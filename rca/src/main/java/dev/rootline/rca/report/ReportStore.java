package dev.rootline.rca.report;

import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where reports are kept: the latest revision of each incident's report, readable by id and as a
 * list of recent incidents. Implementations are thread-safe; calls block until the store answered.
 */
public interface ReportStore {

  /**
   * Keeps the report. Idempotent: saving a revision that is not newer than the stored one changes
   * nothing and returns false. Nobody retries inside: a failure surfaces as an exception.
   */
  boolean save(RcaReport report);

  /** The latest stored revision of the incident's report. */
  Optional<RcaReport> find(String incidentId);

  /**
   * The reports of incidents last seen at or after {@code since}, newest onset first, at most
   * {@code limit}.
   */
  List<RcaReport> recent(Instant since, int limit);

  /** A store in memory, bounded to the {@code capacity} most recently saved incidents. */
  static ReportStore inMemory(int capacity) {
    return new InMemoryReportStore(capacity);
  }
}
