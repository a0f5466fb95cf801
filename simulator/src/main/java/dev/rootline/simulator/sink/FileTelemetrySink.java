package dev.rootline.simulator.sink;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpJson;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes telemetry as the Collector's file exporter does, one OTLP/JSON export request per line:
 * {@code spans.jsonl}, {@code metrics.jsonl}, {@code logs.jsonl}, plus {@code deploys.jsonl} with one
 * deploy event per line. Existing files are replaced.
 */
public final class FileTelemetrySink implements TelemetrySink {
  private final Writer spans;
  private final Writer metrics;
  private final Writer logs;
  private final Writer deploys;

  private FileTelemetrySink(Path dir) throws IOException {
    Files.createDirectories(dir);
    spans = Files.newBufferedWriter(dir.resolve("spans.jsonl"), StandardCharsets.UTF_8);
    metrics = Files.newBufferedWriter(dir.resolve("metrics.jsonl"), StandardCharsets.UTF_8);
    logs = Files.newBufferedWriter(dir.resolve("logs.jsonl"), StandardCharsets.UTF_8);
    deploys = Files.newBufferedWriter(dir.resolve("deploys.jsonl"), StandardCharsets.UTF_8);
  }

  /**
   * Creates {@code dir} if needed and opens the four files in it.
   *
   * @throws UncheckedIOException when the directory or a file cannot be created
   */
  public static FileTelemetrySink create(Path dir) {
    try {
      return new FileTelemetrySink(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write telemetry files in " + dir, e);
    }
  }

  @Override
  public synchronized void spans(byte[] key, ExportTraceServiceRequest request) {
    line(spans, OtlpJson.print(request));
  }

  @Override
  public synchronized void metrics(ExportMetricsServiceRequest request) {
    line(metrics, OtlpJson.print(request));
  }

  @Override
  public synchronized void logs(ExportLogsServiceRequest request) {
    line(logs, OtlpJson.print(request));
  }

  @Override
  public synchronized void deploy(DeployEvent event) {
    line(deploys, DeployEventJson.write(event));
  }

  @Override
  public synchronized void flush() {
    try {
      for (Writer writer : new Writer[] {spans, metrics, logs, deploys}) {
        writer.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush telemetry files", e);
    }
  }

  @Override
  public synchronized void close() {
    IOException failure = null;
    for (Writer writer : new Writer[] {spans, metrics, logs, deploys}) {
      try {
        writer.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot close telemetry files", failure);
    }
  }

  private static void line(Writer writer, String json) {
    try {
      writer.write(json);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write telemetry file", e);
    }
  }
}
