package dev.rootline.app.capture;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns one capture step's items into its chunks: one per signal, OTLP/JSON lines of a bounded size, redacted. */
final class CaptureSteps {
  private static final Redactor REDACTOR = Redactor.standard();

  private final OtlpEncoder encoder;
  private final int itemsPerLine;

  CaptureSteps(OtlpEncoder encoder, int itemsPerLine) {
    this.encoder = encoder;
    this.itemsPerLine = itemsPerLine;
  }

  /** The step's chunks; changes are those that took effect in {@code [from, to)}. */
  List<CaptureChunk> chunks(String incidentId, int seq, long fromMillis, long toMillis, Instant now, List<Span> spans,
      List<MetricPoint> metrics, List<LogRecord> logs, List<DeployEvent> changes) {
    Instant from = Instant.ofEpochMilli(fromMillis);
    Instant to = Instant.ofEpochMilli(toMillis);
    List<String> deployLines = changes.stream()
        .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
        .map(c -> DeployEventJson.write(withoutAuthor(c))).toList();
    return List.of(
        chunk(incidentId, seq, CaptureSignal.SPANS, from, to, now, spans.size(), lines(spans, encoder::spansJson)),
        chunk(incidentId, seq, CaptureSignal.METRICS, from, to, now, metrics.size(), lines(metrics, encoder::metricsJson)),
        chunk(incidentId, seq, CaptureSignal.LOGS, from, to, now, logs.size(), lines(logs, encoder::logsJson)),
        chunk(incidentId, seq, CaptureSignal.DEPLOYS, from, to, now, deployLines.size(), deployLines));
  }

  /** The change without its author (a person, not needed to replay) and with its free texts redacted. */
  static DeployEvent withoutAuthor(DeployEvent c) {
    return new DeployEvent(c.service(), c.version(), c.previousVersion(), c.environment(), c.kind(), c.at(),
        c.commit() == null ? null : REDACTOR.redact(c.commit()), null,
        c.description() == null ? null : REDACTOR.redact(c.description()), c.source());
  }

  private <T> List<String> lines(List<T> items, Function<List<T>, String> encode) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i += itemsPerLine) {
      lines.add(encode.apply(items.subList(i, Math.min(items.size(), i + itemsPerLine))));
    }
    return lines;
  }

  private static CaptureChunk chunk(String incidentId, int seq, CaptureSignal signal, Instant from, Instant to,
      Instant now, int items, List<String> lines) {
    return new CaptureChunk(incidentId, seq, signal, from, to, items, now, ChunkLines.gzip(lines));
  }
}
