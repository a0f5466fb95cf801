package dev.rootline.ingest.otlp;

import com.google.protobuf.ByteString;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed logs request into core {@link LogRecord}s, all or nothing, under the shared rules. */
final class LogRecords {
  private LogRecords() {}

  /**
   * The request's log records.
   *
   * @throws InvalidRecordException naming the first log record that breaks a rule
   */
  static List<LogRecord> of(ExportLogsServiceRequest request, ItemRules rules) {
    IngestLimits limits = rules.limits();
    List<LogRecord> logs = new ArrayList<>();
    int resourceNumber = 0;
    for (ResourceLogs resourceLogs : request.getResourceLogsList()) {
      resourceNumber++;
      int logNumber = 0;
      Resource resource = Resources.of(resourceLogs.getResource(), limits);
      for (ScopeLogs scope : resourceLogs.getScopeLogsList()) {
        for (io.opentelemetry.proto.logs.v1.LogRecord log : scope.getLogRecordsList()) {
          if (logs.size() == limits.maxItemsPerRecord()) {
            throw new InvalidRecordException(rules.tooManyItems("log records"));
          }
          logNumber++;
          String problem = problem(log, rules);
          if (problem != null) {
            throw new InvalidRecordException(ItemRules.logAt(logNumber, resourceNumber) + ": " + problem);
          }
          logs.add(convert(resource, log, limits));
        }
      }
    }
    return logs;
  }

  /** The rule check for one log record, shared with the partial filter. */
  static String problem(io.opentelemetry.proto.logs.v1.LogRecord log, ItemRules rules) {
    return rules.logProblem(log.getTimeUnixNano(), log.getObservedTimeUnixNano(),
        log.getTraceId().size(), log.getSpanId().size());
  }

  private static LogRecord convert(Resource resource, io.opentelemetry.proto.logs.v1.LogRecord log,
      IngestLimits limits) {
    ByteString traceId = log.getTraceId();
    String severityText = limits.truncate(log.getSeverityText());
    return new LogRecord(resource,
        ItemRules.logTime(log.getTimeUnixNano(), log.getObservedTimeUnixNano()),
        log.getSeverityNumberValue(),
        severityText.isEmpty() ? null : severityText,
        log.hasBody() ? AnyValues.text(log.getBody(), limits) : "",
        longAt(traceId, 0), longAt(traceId, 8), longAt(log.getSpanId(), 0),
        AnyValues.flatten(log.getAttributesList(), limits));
  }

  /** The big-endian long at {@code offset}, or 0 for an absent id. */
  private static long longAt(ByteString id, int offset) {
    return id.size() < offset + 8 ? 0 : id.substring(offset, offset + 8).asReadOnlyByteBuffer().getLong();
  }
}
