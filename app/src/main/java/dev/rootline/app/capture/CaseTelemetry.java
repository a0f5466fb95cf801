package dev.rootline.app.capture;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.InvalidRecordException;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.otlp.OtlpEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes an incident's kept telemetry as the case files the eval reads: {@code spans.jsonl},
 * {@code metrics.jsonl}, {@code logs.jsonl} (one OTLP/JSON export request per line) and
 * {@code deploys.jsonl}. Every line is decoded and written again through the redactor, so a capture
 * kept by an older, laxer version leaves redacted too; a line that does not decode is dropped and
 * counted. Not thread-safe.
 */
final class CaseTelemetry {
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final OtlpEncoder ENCODER = OtlpEncoder.redacting(Redactor.standard());

  private int dropped;

  /** Writes the files; returns the lines dropped because they did not decode. */
  static int write(Path dir, List<CaptureChunk> chunks) throws IOException {
    CaseTelemetry writer = new CaseTelemetry();
    writer.writeAll(dir, chunks);
    return writer.dropped;
  }

  private void writeAll(Path dir, List<CaptureChunk> chunks) throws IOException {
    Map<CaptureSignal, Function<String, String>> rewrite = new EnumMap<>(CaptureSignal.class);
    rewrite.put(CaptureSignal.SPANS, line -> ENCODER.spansJson(DECODER.spans(bytes(line))));
    rewrite.put(CaptureSignal.METRICS, line -> ENCODER.metricsJson(DECODER.metrics(bytes(line))));
    rewrite.put(CaptureSignal.LOGS, line -> ENCODER.logsJson(DECODER.logs(bytes(line))));
    for (CaptureSignal signal : List.of(CaptureSignal.SPANS, CaptureSignal.METRICS, CaptureSignal.LOGS)) {
      writeLines(dir.resolve(signal.wireName() + ".jsonl"), chunks, signal, rewrite.get(signal));
    }
    writeDeploys(dir.resolve("deploys.jsonl"), chunks);
  }

  private void writeLines(Path file, List<CaptureChunk> chunks, CaptureSignal signal,
      Function<String, String> rewrite) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (CaptureChunk chunk : chunks) {
        if (chunk.signal() == signal) {
          ChunkLines.forEach(chunk.data(), line -> write(out, rewrite, line));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void write(BufferedWriter out, Function<String, String> rewrite, String line) {
    String clean;
    try {
      clean = rewrite.apply(line);
    } catch (InvalidRecordException | IllegalArgumentException e) {
      dropped++; // kept by this service's own encoder, so not expected; a bad line must not end the export
      return;
    }
    try {
      out.write(clean);
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The changes, each once (consecutive steps may both hold a change the deploy log still knew). */
  private void writeDeploys(Path file, List<CaptureChunk> chunks) throws IOException {
    Set<DeployEvent> changes = new LinkedHashSet<>();
    for (CaptureChunk chunk : chunks) {
      if (chunk.signal() == CaptureSignal.DEPLOYS) {
        ChunkLines.forEach(chunk.data(), line -> {
          try {
            changes.add(CaptureSteps.withoutAuthor(DeployEventJson.read(bytes(line))));
          } catch (InvalidRecordException e) {
            dropped++;
          }
        });
      }
    }
    List<String> lines = changes.stream().sorted(java.util.Comparator.comparing(DeployEvent::at))
        .map(DeployEventJson::write).toList();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String line) {
    return line.getBytes(StandardCharsets.UTF_8);
  }
}
