package dev.rootline.app.rca;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.ingest.logs.LogTemplates;
import dev.rootline.ingest.logs.TemplateChange;
import dev.rootline.rca.rank.LogChanges;
import java.util.List;

/**
 * Log templates mined from the live logs, as the ranking reads them; thread-safe by one lock
 * (consumers add, the analysis reads).
 */
public final class LogEvidence implements LogChanges {
  private final LogTemplates templates;

  public LogEvidence(LogTemplates templates) {
    this.templates = templates;
  }

  public synchronized void addAll(List<LogRecord> logs) {
    templates.addAll(logs);
  }

  @Override
  public synchronized List<Change> changes(String service, long baselineFromMillis, long onsetMillis,
      long untilMillis) {
    return templates.changes(service, baselineFromMillis, onsetMillis, untilMillis).stream()
        .map(LogEvidence::change).toList();
  }

  static Change change(TemplateChange t) {
    return new Change(t.template(), t.example(), t.kind() == TemplateChange.Kind.NEW, t.baselinePerMinute(),
        t.observedPerMinute(), t.errorCount());
  }
}
