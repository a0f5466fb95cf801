package dev.rootline.ingest.otlp;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.telemetry.ExceptionEvent;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes decoded core records back as OTLP: one {@code Export*ServiceRequest} per batch, grouped by
 * resource, with what Rootline kept of each item under the keys its decoder reads, every text
 * redacted on the way out. Decoding the result gives the same records (for already redacted input),
 * so a capture replays as it was seen. Thread-safe: no state.
 */
public final class OtlpEncoder {
  private final Redactor redactor;

  private OtlpEncoder(Redactor redactor) {
    this.redactor = redactor;
  }

  /** An encoder that masks texts with the redactor; {@code Redactor.standard()} for the service's rules. */
  public static OtlpEncoder redacting(Redactor redactor) {
    return new OtlpEncoder(redactor);
  }

  /** The spans as one line of OTLP/JSON, an {@code ExportTraceServiceRequest}. */
  public String spansJson(List<Span> spans) {
    return OtlpJson.print(spans(spans));
  }

  /** The points as one line of OTLP/JSON, an {@code ExportMetricsServiceRequest}. */
  public String metricsJson(List<MetricPoint> points) {
    return OtlpJson.print(metrics(points));
  }

  /** The records as one line of OTLP/JSON, an {@code ExportLogsServiceRequest}. */
  public String logsJson(List<LogRecord> records) {
    return OtlpJson.print(logs(records));
  }

  ExportTraceServiceRequest spans(List<Span> spans) {
    var request = ExportTraceServiceRequest.newBuilder();
    byResource(spans, Span::resource).forEach((resource, items) -> {
      ScopeSpans.Builder scope = ScopeSpans.newBuilder();
      items.forEach(span -> scope.addSpans(span(span)));
      request.addResourceSpans(ResourceSpans.newBuilder()
          .setResource(ProtoValues.resource(resource, redactor)).addScopeSpans(scope));
    });
    return request.build();
  }

  ExportMetricsServiceRequest metrics(List<MetricPoint> points) {
    var request = ExportMetricsServiceRequest.newBuilder();
    byResource(points, MetricPoint::resource).forEach((resource, items) -> {
      ScopeMetrics.Builder scope = ScopeMetrics.newBuilder();
      items.forEach(point -> scope.addMetrics(MetricEncoding.metric(point, redactor)));
      request.addResourceMetrics(ResourceMetrics.newBuilder()
          .setResource(ProtoValues.resource(resource, redactor)).addScopeMetrics(scope));
    });
    return request.build();
  }

  ExportLogsServiceRequest logs(List<LogRecord> records) {
    var request = ExportLogsServiceRequest.newBuilder();
    byResource(records, LogRecord::resource).forEach((resource, items) -> {
      ScopeLogs.Builder scope = ScopeLogs.newBuilder();
      items.forEach(log -> scope.addLogRecords(log(log)));
      request.addResourceLogs(ResourceLogs.newBuilder()
          .setResource(ProtoValues.resource(resource, redactor)).addScopeLogs(scope));
    });
    return request.build();
  }

  private io.opentelemetry.proto.trace.v1.Span span(Span span) {
    var out = io.opentelemetry.proto.trace.v1.Span.newBuilder()
        .setTraceId(ProtoValues.traceId(span.traceIdHigh(), span.traceIdLow()))
        .setSpanId(ProtoValues.spanId(span.spanId()))
        .setParentSpanId(ProtoValues.spanId(span.parentSpanId()))
        .setName(redactor.redact(span.name()))
        .setKindValue(span.kind().ordinal()) // the enum follows OTLP's numbering
        .setStartTimeUnixNano(span.startNanos())
        .setEndTimeUnixNano(span.endNanos());
    Status.Builder status = Status.newBuilder().setCodeValue(span.status().ordinal());
    if (span.statusMessage() != null) {
      status.setMessage(redactor.redact(span.statusMessage()));
    }
    out.setStatus(status);
    attributes(span.attributes(), out);
    for (ExceptionEvent exception : span.exceptions()) {
      var event = io.opentelemetry.proto.trace.v1.Span.Event.newBuilder().setName("exception")
          .setTimeUnixNano(exception.timeNanos());
      ProtoValues.add(event::addAttributes, "exception.type", exception.type(), redactor);
      ProtoValues.add(event::addAttributes, "exception.message", exception.message(), redactor);
      out.addEvents(event);
    }
    return out.build();
  }

  private void attributes(SpanAttributes a, io.opentelemetry.proto.trace.v1.Span.Builder out) {
    ProtoValues.add(out::addAttributes, "http.request.method", a.httpMethod(), redactor);
    ProtoValues.add(out::addAttributes, "http.route", a.httpRoute(), redactor);
    if (a.httpStatusCode() != 0) {
      out.addAttributes(ProtoValues.integer("http.response.status_code", a.httpStatusCode()));
    }
    ProtoValues.add(out::addAttributes, "peer.service", a.peerService(), redactor);
    ProtoValues.add(out::addAttributes, "db.system.name", a.dbSystem(), redactor);
    ProtoValues.add(out::addAttributes, "db.namespace", a.dbNamespace(), redactor);
    ProtoValues.add(out::addAttributes, "messaging.system", a.messagingSystem(), redactor);
    ProtoValues.add(out::addAttributes, "messaging.destination.name", a.messagingDestination(), redactor);
    ProtoValues.add(out::addAttributes, "rpc.service", a.rpcService(), redactor);
  }

  private io.opentelemetry.proto.logs.v1.LogRecord log(LogRecord log) {
    var out = io.opentelemetry.proto.logs.v1.LogRecord.newBuilder()
        .setTimeUnixNano(log.timeNanos())
        .setSeverityNumberValue(log.severityNumber())
        .setBody(io.opentelemetry.proto.common.v1.AnyValue.newBuilder().setStringValue(redactor.redact(log.body())))
        .setTraceId(ProtoValues.traceId(log.traceIdHigh(), log.traceIdLow()))
        .setSpanId(ProtoValues.spanId(log.spanId()))
        .addAllAttributes(ProtoValues.attributes(log.attributes(), redactor));
    if (log.severityText() != null) {
      out.setSeverityText(log.severityText());
    }
    return out.build();
  }

  /** The items grouped by resource, in order of first appearance. */
  private static <T> Map<Resource, List<T>> byResource(List<T> items, Function<T, Resource> resource) {
    Map<Resource, List<T>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(resource.apply(item), r -> new java.util.ArrayList<>()).add(item);
    }
    return groups;
  }
}
