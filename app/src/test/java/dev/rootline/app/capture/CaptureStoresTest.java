package dev.rootline.app.capture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.app.notify.JdbcLabelStore;
import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.label.Label;
import dev.rootline.core.rca.RcaReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capture store contract in memory and on H2 in a file, as Rootline runs by default. */
class CaptureStoresTest {
  @TempDir
  Path directory;

  static boolean label(DataSource dataSource, String incidentId) {
    new JdbcLabelStore(dataSource).add(new Label(incidentId, 1, Label.Verdict.CONFIRMED, "checkout", null, "", "api",
        Instant.parse("2026-03-02T11:00:00Z"), Label.Source.API));
    return true;
  }

  @Nested
  class InMemory extends CaptureStoreContract {
    @Override
    CaptureStore newStore() {
      return CaptureStore.inMemory(10);
    }

    @Override
    void knownIncident(RcaReport report) {}

    @Override
    boolean label(String incidentId) {
      return false;
    }
  }

  @Nested
  class OnH2 extends CaptureStoreContract {
    private DataSource dataSource;

    @Override
    CaptureStore newStore() {
      dataSource = TestDatabases.h2(directory);
      return new JdbcCaptureStore(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }

    @Override
    boolean label(String incidentId) {
      return CaptureStoresTest.label(dataSource, incidentId);
    }

    @Test
    void append_unknownIncident_isRefused() {
      CaptureChunk stranger = chunk("inc-unknown", 1, CaptureSignal.SPANS, T0, T1, KEPT, "{}");

      assertThatThrownBy(() -> new JdbcCaptureStore(dataSource).append(List.of(stranger)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
