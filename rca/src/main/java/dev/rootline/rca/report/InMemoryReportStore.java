package dev.rootline.rca.report;

import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ReportStore} in a bounded map; the least recently saved incident goes first. */
final class InMemoryReportStore implements ReportStore {
  private final Map<String, RcaReport> reports;

  InMemoryReportStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.reports = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, RcaReport> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized boolean save(RcaReport report) {
    RcaReport stored = reports.get(report.id());
    if (stored != null && stored.revision() >= report.revision()) {
      return false;
    }
    reports.put(report.id(), report);
    return true;
  }

  @Override
  public synchronized Optional<RcaReport> find(String incidentId) {
    return Optional.ofNullable(reports.get(incidentId));
  }

  @Override
  public synchronized List<RcaReport> recent(Instant since, int limit) {
    return reports.values().stream()
        .filter(r -> !r.incident().lastSeen().isBefore(since))
        .sorted(Comparator.comparing((RcaReport r) -> r.incident().onset()).reversed())
        .limit(limit)
        .toList();
  }
}
