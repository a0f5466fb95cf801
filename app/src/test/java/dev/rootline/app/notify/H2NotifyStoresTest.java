package dev.rootline.app.notify;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.OutboxEntry;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contracts on the JDBC outbox and label store over H2 in a file, as Rootline runs by default. */
class H2NotifyStoresTest {
  @TempDir
  Path directory;

  DataSource database() {
    return TestDatabases.h2(directory);
  }

  @Nested
  class OutboxOnH2 extends OutboxContract {
    private DataSource dataSource;

    @Override
    Outbox newOutbox() {
      dataSource = database();
      return new JdbcOutbox(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }

    @Test
    void record_unknownIncident_isRefusedByTheDatabase() {
      Outbox outbox = new JdbcOutbox(dataSource);
      RcaReport stranger = dev.rootline.app.report.ReportFixtures.report("inc-unknown", 1, T0, T0);

      assertThatThrownBy(() -> outbox.record(OutboxEntry.pending("x", stranger, T0, T0)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class LabelsOnH2 extends LabelStoreContract {
    private DataSource dataSource;

    @Override
    LabelStore newStore() {
      dataSource = database();
      return new JdbcLabelStore(dataSource);
    }

    @Override
    void knownIncident(RcaReport report) {
      TestDatabases.reports(dataSource).save(report);
    }

    @Test
    void add_unknownIncident_isRefused() {
      Label stranger = new Label("inc-unknown", 1, Label.Verdict.WRONG, "cart", null, "", "u", T0(), Label.Source.API);

      assertThatThrownBy(() -> new JdbcLabelStore(dataSource).add(stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    private java.time.Instant T0() {
      return OutboxContract.T0;
    }
  }
}
