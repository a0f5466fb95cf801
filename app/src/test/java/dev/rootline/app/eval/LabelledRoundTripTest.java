package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rootline.app.capture.CaptureSettings;
import dev.rootline.app.capture.ExportLabelledMain;
import dev.rootline.app.capture.JdbcCaptureStore;
import dev.rootline.app.capture.TelemetryCapture;
import dev.rootline.app.notify.JdbcLabelStore;
import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.label.Label;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.change.VersionTracker;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident, label, export, eval: the simulated shop's cart errors go through the capture path as
 * the service's consumers hand them on, the incident Rootline's analysis found is kept with its
 * report and labelled by a person, {@code export-labelled} writes it as a case, and
 * {@code eval} on that case reads the label back as ground truth and ranks it.
 */
class LabelledRoundTripTest {
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final long TICK_MILLIS = 15_000;
  private static final String SECRET = "password=hunter22";

  @TempDir
  Path dir;

  @Test
  void labelledIncident_exportedAndEvaluated_comesBackAsGroundTruthAndIsRanked() throws IOException {
    Path original = ShopCases.cartErrors();
    CaseLabel truth = new CaseLabel("cart-errors", "", "shop-sim",
        new CaseLabel.Fault("errors", ShopCases.FAULT_START, ShopCases.FAULT_END), new CaseLabel.RootCause("cart", "errors"));
    ReplayResult replayed = Replay.run(original, RankPlan.of(RankPlan.Mode.DETECTED, truth));
    RcaReport report = replayed.ranking().report(); // the incident and report Rootline's analysis made
    DataSource store = TestDatabases.h2(dir);
    DeployLog deploys = new DeployLog(1_000);
    TelemetryCapture capture = new TelemetryCapture(CaptureSettings.DEFAULTS, deploys::recent,
        new JdbcCaptureStore(store), Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC));

    feed(original, capture, deploys, report, store);
    long keptBytes = new JdbcCaptureStore(store).extent(report.incident().id()).bytes();
    new JdbcLabelStore(store).add(new Label(report.incident().id(), report.revision(), Label.Verdict.CONFIRMED, "cart",
        Indicator.ERRORS, "cart threw on every third call, " + SECRET, "U0ANA", Instant.parse("2026-03-02T15:00:00Z"),
        Label.Source.SLACK));
    RcaReport doubted = wrongOnly(report, store);
    Path set = dir.resolve("set");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exported = ExportLabelledMain.run(new String[] {"--out", set.toString(), "--store-url", url()}, Map.of(),
        print(new ByteArrayOutputStream()), print(err));

    assertThat(exported).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped " + doubted.incident().id());
    List<Path> cases = CaseFiles.cases(set);
    assertThat(cases).hasSize(1);
    CaseLabel label = LabelJson.read(cases.get(0).resolve(CaseFiles.LABEL));
    assertThat(label.rootCause()).isEqualTo(new CaseLabel.RootCause("cart", "errors"));
    assertThat(label.fault().start()).isEqualTo(report.incident().onset());
    assertThat(Files.readString(cases.get(0).resolve(CaseFiles.LABEL))).doesNotContain("hunter22").doesNotContain("U0ANA");
    assertThat(Files.readString(cases.get(0).resolve("logs.jsonl"))).doesNotContain("hunter22").contains("<SECRET>");
    assertThat(Files.readString(set.resolve("README.md"))).contains("Not exported (1)");

    for (String signal : List.of("spans", "metrics", "logs", "deploys")) {
      System.out.printf("round trip: %s.jsonl original %d bytes, exported %d bytes%n", signal,
          Files.size(original.resolve(signal + ".jsonl")), Files.size(cases.get(0).resolve(signal + ".jsonl")));
    }
    new JdbcCaptureStore(store).chunks(report.incident().id()).stream()
        .collect(java.util.stream.Collectors.groupingBy(c -> c.signal(), java.util.stream.Collectors.summingLong(
            c -> c.data().length)))
        .forEach((signal, bytes) -> System.out.printf("round trip: kept %s %d bytes gzip%n", signal, bytes));
    Path json = dir.resolve("report.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EvalMain.run(new String[] {set.toString(), "--json", json.toString()}, print(out), print(err))).isZero();
    JsonNode evaluated = new ObjectMapper().readTree(json.toFile()).get("cases").get(0);
    System.out.printf("round trip: kept %d bytes; original ranked %s first (cart rank %d); exported case: "
        + "detected=%s rank=%s top5=%s bad_lines=%s%n", keptBytes,
        replayed.ranking().services().get(0), CaseRanking.rankOf(replayed.ranking().services(), "cart"),
        evaluated.get("detected"), evaluated.get("rank"), evaluated.get("top5"), evaluated.get("bad_lines"));
    assertThat(evaluated.get("id").asText()).isEqualTo(report.incident().id());
    assertThat(evaluated.get("fault").asText()).isEqualTo("labelled");
    assertThat(evaluated.get("bad_lines").asInt()).isZero();
    assertThat(evaluated.get("top5")).as("the eval ranked the exported case").isNotEmpty();
    assertThat(evaluated.get("rank").asInt()).as("the labelled service's rank").isEqualTo(1);
  }

  /**
   * Hands the case's telemetry to the capture in event-time order, as the consumers do, with a
   * capture tick every 15 s of event time; the report is kept (and its incident captured) at the
   * moment the analysis made it. A log line with a secret rides along.
   */
  private static void feed(Path caseDir, TelemetryCapture capture, DeployLog deploys, RcaReport report, DataSource store)
      throws IOException {
    List<Batch> batches = new ArrayList<>();
    VersionTracker versions = new VersionTracker(10_000); // the span pipeline infers deploys from versions
    read(caseDir, "spans", DECODER::spans, s -> s.endNanos() / 1_000_000, spans -> {
      deploys.addAll(versions.observe(spans));
      capture.spans(spans);
    }, batches);
    read(caseDir, "metrics", DECODER::metrics, p -> p.timeNanos() / 1_000_000, capture::metrics, batches);
    read(caseDir, "logs", DECODER::logs, l -> l.timeNanos() / 1_000_000, capture::logs, batches);
    long secretAt = report.incident().onset().toEpochMilli() + 60_000;
    batches.add(new Batch(secretAt, () -> capture.logs(List.of(new LogRecord(Resource.of("cart", null),
        secretAt * 1_000_000, 9, "INFO", "retrying with " + SECRET, 0, 0, 0, Map.of())))));
    for (String line : Files.readAllLines(caseDir.resolve("deploys.jsonl"))) {
      if (!line.isBlank()) {
        deploys.add(DeployEventJson.read(line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    batches.sort(Comparator.comparingLong(Batch::millis));
    long analysedAt = report.analysedAt().toEpochMilli();
    long nextTick = Long.MIN_VALUE;
    boolean kept = false;
    for (Batch batch : batches) {
      if (!kept && batch.millis() > analysedAt) {
        TestDatabases.reports(store).save(report);
        capture.track(report);
        kept = true;
      }
      batch.feed().run();
      if (batch.millis() >= nextTick) {
        capture.flush();
        nextTick = batch.millis() + TICK_MILLIS;
      }
    }
    capture.flush();
  }

  private record Batch(long millis, Runnable feed) {}

  private static <T> void read(Path caseDir, String signal, Function<byte[], List<T>> decode, ToLongFunction<T> millis,
      Consumer<List<T>> sink, List<Batch> batches) throws IOException {
    for (String line : Files.readAllLines(caseDir.resolve(signal + ".jsonl"))) {
      List<T> items = decode.apply(line.getBytes(StandardCharsets.UTF_8));
      if (!items.isEmpty()) {
        batches.add(new Batch(items.stream().mapToLong(millis).max().orElseThrow(), () -> sink.accept(items)));
      }
    }
  }

  /** A second incident whose latest label only says the named cause was wrong: not exportable. */
  private static RcaReport wrongOnly(RcaReport report, DataSource store) {
    Incident i = report.incident();
    RcaReport other = new RcaReport(new Incident(i.id() + "-b", i.state(), i.onset(), i.lastSeen(), i.resolved(),
        i.severity(), i.symptoms(), i.services()), 1, report.analysedAt(), report.verdict(), report.candidates(),
        report.blastRadius(), report.timeline(), null, null);
    TestDatabases.reports(store).save(other);
    new JdbcLabelStore(store).add(new Label(other.incident().id(), 1, Label.Verdict.WRONG, "frontend", null, "", "api",
        Instant.parse("2026-03-02T15:00:00Z"), Label.Source.API));
    return other;
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("rootline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
