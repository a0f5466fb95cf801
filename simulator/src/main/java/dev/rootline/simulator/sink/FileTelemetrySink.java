package dev.rootline.simulator.sink;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpJson;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes telemetry as the Collector's file exporter does, one OTLP/JSON export request per line:
 * {@code spans.jsonl}, {@code metrics.jsonl}, {@code logs.jsonl} (each optionally gzip-compressed,
 * {@code spans.jsonl.gz}), plus {@code deploys.jsonl} with one deploy event per line. Existing files
 * are replaced, in either form. {@link TelemetryFiles} reads both forms back.
 */
public final class FileTelemetrySink implements TelemetrySink {
  private static final int BUFFER = 1 << 16;

  private final Writer spans;
  private final Writer metrics;
  private final Writer logs;
  private final Writer deploys;

  private FileTelemetrySink(Path dir, boolean gzip) throws IOException {
    Files.createDirectories(dir);
    spans = open(dir, TelemetryFiles.SPANS, gzip);
    metrics = open(dir, TelemetryFiles.METRICS, gzip);
    logs = open(dir, TelemetryFiles.LOGS, gzip);
    deploys = open(dir, TelemetryFiles.DEPLOYS, false);
  }

  /**
   * Creates {@code dir} if needed and opens the four files in it.
   *
   * @throws UncheckedIOException when the directory or a file cannot be created
   */
  public static FileTelemetrySink create(Path dir) {
    return create(dir, false);
  }

  /**
   * As {@link #create(Path)}, but writes spans, metrics and logs gzip-compressed (best compression),
   * as {@code spans.jsonl.gz} and so on; {@code deploys.jsonl} stays plain.
   */
  public static FileTelemetrySink createGzipped(Path dir) {
    return create(dir, true);
  }

  private static FileTelemetrySink create(Path dir, boolean gzip) {
    try {
      return new FileTelemetrySink(dir, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write telemetry files in " + dir, e);
    }
  }

  private static Writer open(Path dir, String name, boolean gzip) throws IOException {
    Files.deleteIfExists(dir.resolve(gzip ? name : name + TelemetryFiles.GZ));
    if (!gzip) {
      return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }
    OutputStream file = Files.newOutputStream(dir.resolve(name + TelemetryFiles.GZ));
    GZIPOutputStream zip = new GZIPOutputStream(file, BUFFER) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    };
    return new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), BUFFER);
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
