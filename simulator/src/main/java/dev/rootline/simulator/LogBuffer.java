package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Failure;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Application logs written while serving requests, linked to the span that was active, and held
 * until they are exported together, as an SDK's batch processor holds them.
 */
final class LogBuffer {
  /** How long the log appender takes to hand a record to the SDK. */
  private static final long OBSERVATION_DELAY_NANOS = 150_000;

  private final Map<Pod, List<LogRecord>> pending = new LinkedHashMap<>();

  void info(Pod pod, ByteString traceId, ByteString spanId, long atNanos, String body) {
    add(pod, record(traceId, spanId, atNanos, SeverityNumber.SEVERITY_NUMBER_INFO, "INFO", body).build());
  }

  void warn(Pod pod, ByteString traceId, ByteString spanId, long atNanos, String body) {
    add(pod, record(traceId, spanId, atNanos, SeverityNumber.SEVERITY_NUMBER_WARN, "WARN", body).build());
  }

  void error(Pod pod, ByteString traceId, ByteString spanId, long atNanos, String body, Failure failure) {
    add(pod, record(traceId, spanId, atNanos, SeverityNumber.SEVERITY_NUMBER_ERROR, "ERROR", body)
        .addAttributes(Attributes.string("exception.type", failure.type()))
        .addAttributes(Attributes.string("exception.message", failure.message()))
        .addAttributes(Attributes.string("exception.stacktrace",
            SpanProtos.stackTrace(failure, pod.codePackage())))
        .build());
  }

  /** Takes over another buffer's records, after its own. */
  void addAll(LogBuffer other) {
    other.pending.forEach((pod, records) -> pending.computeIfAbsent(pod, p -> new ArrayList<>()).addAll(records));
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /** Everything written since the last drain, one resource per pod. */
  ExportLogsServiceRequest drain() {
    ExportLogsServiceRequest.Builder request = ExportLogsServiceRequest.newBuilder();
    pending.forEach((pod, records) -> request.addResourceLogs(ResourceLogs.newBuilder()
        .setResource(pod.resource())
        .addScopeLogs(ScopeLogs.newBuilder().setScope(pod.logScope()).addAllLogRecords(records))));
    pending.clear();
    return request.build();
  }

  private void add(Pod pod, LogRecord record) {
    pending.computeIfAbsent(pod, p -> new ArrayList<>()).add(record);
  }

  private static LogRecord.Builder record(
      ByteString traceId, ByteString spanId, long atNanos, SeverityNumber severity, String text, String body) {
    return LogRecord.newBuilder()
        .setTimeUnixNano(atNanos)
        .setObservedTimeUnixNano(atNanos + OBSERVATION_DELAY_NANOS)
        .setSeverityNumber(severity)
        .setSeverityText(text)
        .setBody(AnyValue.newBuilder().setStringValue(body))
        .setTraceId(traceId)
        .setSpanId(spanId)
        .setFlags(1);
  }
}
