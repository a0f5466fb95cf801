package dev.rootline.ingest.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/** Takes the spans that break the shared rules out of a parsed trace request. */
final class TraceFilter {
  private TraceFilter() {}

  static FilteredRequest<ExportTraceServiceRequest> filter(ExportTraceServiceRequest request, ItemRules rules) {
    Rejections rejections = new Rejections(rules, "spans");
    ExportTraceServiceRequest.Builder kept = ExportTraceServiceRequest.newBuilder();
    int resourceNumber = 0;
    for (ResourceSpans resource : request.getResourceSpansList()) {
      int r = ++resourceNumber;
      int spanNumber = 0;
      ResourceSpans.Builder keptResource = resource.toBuilder().clearScopeSpans();
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        ScopeSpans.Builder keptScope = scope.toBuilder().clearSpans();
        for (Span span : scope.getSpansList()) {
          int n = ++spanNumber;
          if (rejections.keep(problem(span, rules), () -> ItemRules.spanAt(n, r))) {
            keptScope.addSpans(span);
          }
        }
        if (keptScope.getSpansCount() > 0) {
          keptResource.addScopeSpans(keptScope);
        }
      }
      if (keptResource.getScopeSpansCount() > 0) {
        kept.addResourceSpans(keptResource);
      }
    }
    return rejections.result(request, kept::build);
  }

  private static String problem(Span span, ItemRules rules) {
    return rules.spanProblem(span.getTraceId().size(), isZero(span.getTraceId()),
        span.getSpanId().size(), isZero(span.getSpanId()), span.getParentSpanId().size(),
        span.getStartTimeUnixNano(), span.getEndTimeUnixNano());
  }

  private static boolean isZero(ByteString id) {
    for (int i = 0; i < id.size(); i++) {
      if (id.byteAt(i) != 0) {
        return false;
      }
    }
    return true;
  }
}
