package dev.rootline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpJson;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.TelemetryFiles;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWriterTest {
  private static final Instant START = Instant.parse("2026-03-02T10:15:00Z");
  private static final Fault FAULT = new Faults(ShopModel.standard(1))
      .create(FaultType.BAD_DEPLOY, "checkout", START, START.plus(Duration.ofMinutes(1)), 0.5);
  private static final Scenario SMALL = Scenario.of("checkout-bad-deploy-01", FAULT, START.minusSeconds(30),
      FAULT.end().plusSeconds(10), 7);
  private static final CaseWriter WRITER = new CaseWriter(ShopModel.standard(1),
      SimulationConfig.defaults().withPeakRootRequestsPerSecond(1).withMetricsInterval(Duration.ofSeconds(30)));

  @TempDir
  Path dir;

  @Test
  void write_givesTheSameBytesForTheSameScenario() throws IOException {
    Path first = WRITER.write(dir.resolve("a"), SMALL);
    Path second = WRITER.write(dir.resolve("b"), SMALL);

    for (String file : List.of("label.json", "spans.jsonl.gz", "metrics.jsonl.gz", "logs.jsonl.gz", "deploys.jsonl")) {
      assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void write_leavesGzippedOtlpJsonAndTheLabel() throws IOException {
    Path written = WRITER.write(dir, SMALL);

    assertThat(Files.readString(written.resolve("label.json"), StandardCharsets.UTF_8))
        .isEqualTo(SMALL.label().toJson()).contains("\"type\": \"bad-deploy\"");
    assertThat(written.resolve("spans.jsonl")).doesNotExist();
    List<String> spans = TelemetryFiles.lines(written, TelemetryFiles.SPANS);
    assertThat(spans).isNotEmpty().allSatisfy(line ->
        assertThat(OtlpJson.parse(line.getBytes(StandardCharsets.UTF_8), ExportTraceServiceRequest.newBuilder())
            .getResourceSpansCount()).isPositive());
    assertThat(TelemetryFiles.lines(written, TelemetryFiles.METRICS)).isNotEmpty();
    assertThat(TelemetryFiles.lines(written, TelemetryFiles.LOGS)).isNotEmpty();
    assertThat(TelemetryFiles.lines(written, TelemetryFiles.DEPLOYS))
        .map(line -> DeployEventJson.read(line.getBytes(StandardCharsets.UTF_8)))
        .filteredOn(d -> d.kind() != ChangeKind.DEPLOY || d.previousVersion() != null)
        .extracting(d -> d.kind() + " " + d.version() + " " + d.at())
        .containsExactly("DEPLOY 1.5.0 " + START, "ROLLBACK 1.4.2 " + FAULT.end());
  }
}
