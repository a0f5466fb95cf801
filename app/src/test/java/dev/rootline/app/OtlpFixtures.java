package dev.rootline.app;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/** Collector-shaped OTLP requests for the app's tests. */
final class OtlpFixtures {
  private static final AtomicLong IDS = new AtomicLong(1);

  private OtlpFixtures() {}

  /**
   * One trace, shaped like the Collector writes it: {@code caller}'s server span calls {@code callee}
   * through a client span, and {@code callee}'s server span answers; ending at {@code endNanos}.
   */
  static ExportTraceServiceRequest callTrace(String caller, String callee, long endNanos, boolean calleeFails) {
    ByteString traceId = id(16);
    ByteString root = id(8);
    ByteString client = id(8);
    long ms = 1_000_000;
    Span server = span(traceId, root, ByteString.EMPTY, "GET /checkout", Span.SpanKind.SPAN_KIND_SERVER,
        endNanos - 40 * ms, endNanos, false)
        .addAttributes(attr("http.route", "/checkout")).addAttributes(attr("http.request.method", "GET")).build();
    Span call = span(traceId, client, root, "GET", Span.SpanKind.SPAN_KIND_CLIENT,
        endNanos - 30 * ms, endNanos - 5 * ms, calleeFails)
        .addAttributes(attr("peer.service", callee)).build();
    Span answer = span(traceId, id(8), client, "GET /items", Span.SpanKind.SPAN_KIND_SERVER,
        endNanos - 28 * ms, endNanos - 7 * ms, calleeFails).build();
    return ExportTraceServiceRequest.newBuilder()
        .addResourceSpans(resourceSpans(caller, "1.0.0", server, call))
        .addResourceSpans(resourceSpans(callee, "2.1.0", answer))
        .build();
  }

  private static ResourceSpans resourceSpans(String service, String version, Span... spans) {
    return ResourceSpans.newBuilder()
        .setResource(Resource.newBuilder()
            .addAttributes(attr("service.name", service))
            .addAttributes(attr("service.version", version))
            .addAttributes(attr("deployment.environment.name", "test")))
        .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(java.util.List.of(spans)))
        .build();
  }

  private static Span.Builder span(ByteString traceId, ByteString spanId, ByteString parent, String name,
      Span.SpanKind kind, long start, long end, boolean error) {
    return Span.newBuilder().setTraceId(traceId).setSpanId(spanId).setParentSpanId(parent).setName(name)
        .setKind(kind).setStartTimeUnixNano(start).setEndTimeUnixNano(end)
        .setStatus(Status.newBuilder().setCode(error ? Status.StatusCode.STATUS_CODE_ERROR : Status.StatusCode.STATUS_CODE_UNSET));
  }

  static KeyValue attr(String key, String value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
  }

  private static ByteString id(int bytes) {
    ByteBuffer buffer = ByteBuffer.allocate(bytes);
    while (buffer.hasRemaining()) {
      buffer.putLong(0x5eed_0000_0000_0000L + IDS.getAndIncrement());
    }
    return ByteString.copyFrom(buffer.array());
  }
}
