package dev.rootline.simulator;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The spans of one trace, grouped as a Collector batches them: per pod, then per instrumentation. */
final class TraceBuffer {
  private final Map<Pod, EnumMap<Scope, List<Span>>> spans = new LinkedHashMap<>();

  void add(Pod pod, Scope scope, Span span) {
    spans.computeIfAbsent(pod, p -> new EnumMap<>(Scope.class))
        .computeIfAbsent(scope, s -> new ArrayList<>())
        .add(span);
  }

  ExportTraceServiceRequest build() {
    ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
    spans.forEach((pod, scopes) -> {
      ResourceSpans.Builder resource = request.addResourceSpansBuilder().setResource(pod.resource());
      scopes.forEach((scope, list) ->
          resource.addScopeSpans(ScopeSpans.newBuilder().setScope(scope.proto()).addAllSpans(list)));
    });
    return request.build();
  }
}
