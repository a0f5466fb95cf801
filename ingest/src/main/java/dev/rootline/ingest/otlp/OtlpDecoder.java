package dev.rootline.ingest.otlp;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Span;
import java.util.List;

/**
 * Turns one OTLP record, as the OpenTelemetry Collector's kafka exporter writes it (one
 * {@code Export*ServiceRequest} per record), into core telemetry records.
 *
 * <p>A record is all or nothing: when any item breaks a rule of {@link IngestLimits}, or the bytes
 * are not a request of the signal asked for, the method throws {@link InvalidRecordException} and
 * returns nothing, so the caller can send the whole record to the dead-letter topic. Strings longer
 * than the limit are cut, not rejected. Implementations are thread-safe and never block; one
 * instance per encoding can serve every consumer thread.
 */
public interface OtlpDecoder {

  /** A decoder for records of the given encoding under the given limits. */
  static OtlpDecoder of(Encoding encoding, IngestLimits limits) {
    return new StandardOtlpDecoder(encoding, limits);
  }

  /**
   * The spans of an {@code ExportTraceServiceRequest}, in record order.
   *
   * @throws InvalidRecordException when the record cannot be ingested
   */
  List<Span> spans(byte[] record);

  /**
   * The data points of an {@code ExportMetricsServiceRequest}, in record order; points flagged as
   * having no recorded value are left out.
   *
   * @throws InvalidRecordException when the record cannot be ingested
   */
  List<MetricPoint> metrics(byte[] record);

  /**
   * The log records of an {@code ExportLogsServiceRequest}, in record order.
   *
   * @throws InvalidRecordException when the record cannot be ingested
   */
  List<LogRecord> logs(byte[] record);
}
