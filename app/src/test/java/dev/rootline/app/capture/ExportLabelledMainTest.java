package dev.rootline.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.notify.JdbcLabelStore;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.label.Label;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportLabelledMainTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return ExportLabelledMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("rootline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  @Test
  void run_withoutOut_orWithTheMemoryStore_isAUsageError() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(run(Map.of("ROOTLINE_STORE_KIND", "memory"), "--out", dir.toString())).isEqualTo(2);
    assertThat(run(Map.of(), "--out", dir.toString(), "--since", "yesterday")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out DIR is required").contains("memory")
        .contains("--since needs a date");
  }

  @Test
  void run_labelledIncidentWithoutCapture_isSkippedAndNamed() throws Exception {
    DataSource store = TestDatabases.h2(dir);
    TestDatabases.reports(store).save(ReportFixtures.CHECKOUT_BAD_DEPLOY);
    new JdbcLabelStore(store).add(new Label(ReportFixtures.CHECKOUT_BAD_DEPLOY.id(), 1, Label.Verdict.CONFIRMED,
        "checkout", null, "", "api", Instant.parse("2026-03-02T11:00:00Z"), Label.Source.API));
    Path set = dir.resolve("set");

    assertThat(run(Map.of("ROOTLINE_STORE_URL", url()), "--out", set.toString())).isZero();

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped " + ReportFixtures.CHECKOUT_BAD_DEPLOY.id())
        .contains("no telemetry kept");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 0 case(s)");
    assertThat(Files.readString(set.resolve("README.md"))).contains("Not exported (1)");
  }

  @Test
  void run_sinceAfterTheOnset_leavesTheIncidentOut() throws Exception {
    DataSource store = TestDatabases.h2(dir);
    TestDatabases.reports(store).save(ReportFixtures.CHECKOUT_BAD_DEPLOY);
    new JdbcLabelStore(store).add(new Label(ReportFixtures.CHECKOUT_BAD_DEPLOY.id(), 1, Label.Verdict.CONFIRMED,
        "checkout", null, "", "api", Instant.parse("2026-03-02T11:00:00Z"), Label.Source.API));
    new JdbcCaptureStore(store).append(List.of(CaptureStoreContract.chunk(ReportFixtures.CHECKOUT_BAD_DEPLOY.id(), 1,
        CaptureSignal.SPANS, CaptureStoreContract.T0, CaptureStoreContract.T1, CaptureStoreContract.KEPT, "not json")));

    assertThat(run(Map.of(), "--out", dir.resolve("later").toString(), "--store-url", url(), "--since", "2026-03-03"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 0 case(s)");

    assertThat(run(Map.of(), "--out", dir.resolve("all").toString(), "--store-url", url())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 1 case(s)");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("dropped 1 kept line(s)");
  }

  @Test
  void run_onAStoreThatCannotBeOpened_fails() {
    assertThat(run(Map.of(), "--out", dir.resolve("x").toString(), "--store-url", "jdbc:postgresql://127.0.0.1:1/none"))
        .isEqualTo(1);
  }
}
