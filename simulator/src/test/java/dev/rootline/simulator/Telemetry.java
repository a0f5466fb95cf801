package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sink's contents flattened for assertions: each span, log and metric with its resource. */
record Telemetry(InMemoryTelemetrySink sink) {
  record SpanAt(Resource resource, Span span) {
    String service() {
      return Telemetry.attribute(resource.getAttributesList(), "service.name").orElseThrow();
    }

    Optional<String> attribute(String key) {
      return Telemetry.attribute(span.getAttributesList(), key);
    }
  }

  record LogAt(Resource resource, LogRecord log) {}

  record MetricAt(Resource resource, Metric metric) {
    String service() {
      return Telemetry.attribute(resource.getAttributesList(), "service.name").orElseThrow();
    }
  }

  /**
   * Every span of every trace, trace by trace: a trace's consumer spans arrive in requests of their
   * own, after the request that published the message.
   */
  List<List<SpanAt>> traces() {
    Map<ByteString, List<SpanAt>> traces = new LinkedHashMap<>();
    sink.spans().forEach(request -> request.getResourceSpansList().forEach(rs -> rs.getScopeSpansList().forEach(ss ->
        ss.getSpansList().forEach(span -> traces.computeIfAbsent(span.getTraceId(), id -> new ArrayList<>())
            .add(new SpanAt(rs.getResource(), span))))));
    return List.copyOf(traces.values());
  }

  List<SpanAt> spans() {
    return traces().stream().flatMap(List::stream).toList();
  }

  List<LogAt> logs() {
    List<LogAt> logs = new ArrayList<>();
    sink.logs().forEach(request -> request.getResourceLogsList().forEach(rl -> rl.getScopeLogsList().forEach(sl ->
        sl.getLogRecordsList().forEach(log -> logs.add(new LogAt(rl.getResource(), log))))));
    return logs;
  }

  List<MetricAt> metrics() {
    List<MetricAt> metrics = new ArrayList<>();
    sink.metrics().forEach(request -> request.getResourceMetricsList().forEach(rm -> rm.getScopeMetricsList()
        .forEach(sm -> sm.getMetricsList().forEach(metric -> metrics.add(new MetricAt(rm.getResource(), metric))))));
    return metrics;
  }

  static Optional<String> attribute(List<KeyValue> attributes, String key) {
    return attributes.stream().filter(kv -> kv.getKey().equals(key)).findFirst().map(kv ->
        kv.getValue().hasStringValue() ? kv.getValue().getStringValue() : Long.toString(kv.getValue().getIntValue()));
  }
}
