package dev.rootline.simulator.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpJson;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipFileTelemetrySinkTest extends TelemetrySinkContract {
  @TempDir
  Path dir;

  @Override
  TelemetrySink open() {
    return FileTelemetrySink.createGzipped(dir);
  }

  @Override
  Written readBack() {
    return new Written(
        parse(TelemetryFiles.SPANS, json -> OtlpJson.parse(json, ExportTraceServiceRequest.newBuilder()).build()),
        parse(TelemetryFiles.METRICS, json -> OtlpJson.parse(json, ExportMetricsServiceRequest.newBuilder()).build()),
        parse(TelemetryFiles.LOGS, json -> OtlpJson.parse(json, ExportLogsServiceRequest.newBuilder()).build()),
        parse(TelemetryFiles.DEPLOYS, DeployEventJson::read));
  }

  @Test
  void createGzipped_replacesPlainFilesAndReadsBackInEitherForm() throws IOException {
    Files.writeString(dir.resolve("spans.jsonl"), "stale\n");

    FileTelemetrySink.createGzipped(dir).close();
    FileTelemetrySink.create(dir.resolve("plain")).close();

    assertThat(dir.resolve("spans.jsonl")).doesNotExist();
    assertThat(dir.resolve("spans.jsonl.gz")).exists();
    assertThat(dir.resolve("deploys.jsonl")).exists();
    assertThat(TelemetryFiles.lines(dir, TelemetryFiles.SPANS)).isEmpty();
    assertThat(TelemetryFiles.find(dir.resolve("plain"), TelemetryFiles.SPANS)).hasFileName("spans.jsonl");
    assertThat(TelemetryFiles.lines(dir.resolve("missing"), TelemetryFiles.SPANS)).isEmpty();
  }

  private <M> List<M> parse(String file, Function<byte[], M> decode) {
    return TelemetryFiles.lines(dir, file).stream().map(line -> decode.apply(line.getBytes(StandardCharsets.UTF_8)))
        .toList();
  }
}
