package dev.rootline.app.capture;

import dev.rootline.app.notify.JdbcLabelStore;
import dev.rootline.app.report.JdbcReportStore;
import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Writes the labelled incidents of a store as an evaluation set: one case per incident whose latest
 * label names its true cause and whose telemetry was kept, and a README.md for the set. An incident
 * whose latest label only says the named cause was wrong has no ground truth and is skipped, as is
 * one without kept telemetry; each skip says why. Not thread-safe.
 */
final class LabelledExport {
  private static final String LABELLED = "SELECT DISTINCT l.incident_id, i.onset FROM labels l "
      + "JOIN incidents i ON i.id = l.incident_id WHERE i.onset >= ? ORDER BY i.onset, l.incident_id";

  private final DataSource dataSource;
  private final ReportStore reports;
  private final LabelStore labels;
  private final CaptureStore captures;
  private long dropped;

  LabelledExport(DataSource dataSource) {
    this.dataSource = dataSource;
    this.reports = new JdbcReportStore(dataSource);
    this.labels = new JdbcLabelStore(dataSource);
    this.captures = new JdbcCaptureStore(dataSource);
  }

  /** What was written, what was not and why, and how many kept lines did not decode. */
  record Result(List<String> written, List<String> skipped, long droppedLines) {}

  /**
   * Writes the cases under {@code out}.
   *
   * @param since  only incidents with an onset at or after this; null for all
   * @param source where the incidents came from, for the set's README
   * @throws IOException when the directory cannot be written
   * @throws IllegalStateException when the store cannot be read
   */
  Result write(Path out, Instant since, String source) throws IOException {
    Files.createDirectories(out);
    List<String> written = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    dropped = 0;
    for (String id : labelledIncidents(since == null ? Instant.EPOCH : since)) {
      String problem = writeCase(out, id);
      if (problem == null) {
        written.add(id);
      } else {
        skipped.add(id + ": " + problem);
      }
    }
    ExportReadme.write(out, source, written, skipped);
    return new Result(written, skipped, dropped);
  }

  /** Writes one case; returns why it could not be, or null when it was written. */
  private String writeCase(Path out, String id) throws IOException {
    List<Label> history = labels.of(id);
    Label latest = history.get(history.size() - 1);
    if (latest.verdict() != Label.Verdict.CONFIRMED) {
      return "its latest label says '" + latest.service() + "' was wrong and names no true cause";
    }
    Optional<RcaReport> report = reports.find(id);
    if (report.isEmpty()) {
      return "no report kept";
    }
    List<CaptureChunk> chunks = captures.chunks(id);
    if (chunks.isEmpty()) {
      return "no telemetry kept (captured before capture existed, expired, or capture off)";
    }
    Path dir = out.resolve(CaseNames.directory(id));
    Files.createDirectories(dir);
    CaseLabels.write(dir.resolve("label.json"), report.get(), latest);
    dropped += CaseTelemetry.write(dir, chunks);
    return null;
  }

  private List<String> labelledIncidents(Instant since) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(LABELLED)) {
      select.setObject(1, since.atOffset(ZoneOffset.UTC));
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the labelled incidents: " + e.getMessage(), e);
    }
  }
}
