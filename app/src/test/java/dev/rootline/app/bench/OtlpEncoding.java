package dev.rootline.app.bench;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one trace as the Collector's kafka exporter does with {@code partition_traces_by_id}:
 * one {@code ExportTraceServiceRequest} per record, one {@code ResourceSpans} per service, each
 * resource carrying an SDK's full set of 20 attributes.
 */
final class OtlpEncoding {
  private static final InstrumentationScope SCOPE = InstrumentationScope.newBuilder()
      .setName("io.opentelemetry.tomcat-10.0").setVersion("2.10.0-alpha").build();
  private final List<Resource> resources = new ArrayList<>();

  OtlpEncoding(List<String> services) {
    for (int s = 0; s < services.size(); s++) {
      resources.add(resource(services.get(s), s));
    }
  }

  byte[] encode(List<BenchSpan> trace) {
    Map<Integer, ScopeSpans.Builder> byService = new LinkedHashMap<>();
    for (BenchSpan span : trace) {
      byService.computeIfAbsent(span.service(), s -> ScopeSpans.newBuilder().setScope(SCOPE)).addSpans(span(span));
    }
    ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
    byService.forEach((service, scope) -> request.addResourceSpans(ResourceSpans.newBuilder()
        .setResource(resources.get(service)).setSchemaUrl("https://opentelemetry.io/schemas/1.26.0")
        .addScopeSpans(scope)));
    return request.build().toByteArray();
  }

  private static Span span(BenchSpan s) {
    Span.Builder b = Span.newBuilder().setTraceId(ByteString.copyFrom(s.traceId()))
        .setSpanId(ByteString.copyFrom(s.spanId())).setParentSpanId(ByteString.copyFrom(s.parentId()))
        .setName(s.name()).setKind(kind(s.kind())).setFlags(0x301)
        .setStartTimeUnixNano(s.startNanos()).setEndTimeUnixNano(s.endNanos());
    s.attributes().forEach((k, v) -> b.addAttributes(attribute(k, v)));
    if (s.error()) {
      b.setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR));
    }
    if (s.exception() != null) {
      b.addEvents(Span.Event.newBuilder().setName("exception").setTimeUnixNano(s.endNanos() - 1_000_000)
          .addAttributes(attribute("exception.type", "java.net.SocketTimeoutException"))
          .addAttributes(attribute("exception.message", "Read timed out after 30000 ms"))
          .addAttributes(attribute("exception.stacktrace", s.exception())));
    }
    return b.build();
  }

  private static Span.SpanKind kind(BenchSpan.Kind kind) {
    return switch (kind) {
      case SERVER -> Span.SpanKind.SPAN_KIND_SERVER;
      case CLIENT -> Span.SpanKind.SPAN_KIND_CLIENT;
      case INTERNAL -> Span.SpanKind.SPAN_KIND_INTERNAL;
    };
  }

  static KeyValue attribute(String key, Object value) {
    AnyValue.Builder v = AnyValue.newBuilder();
    if (value instanceof Long n) {
      v.setIntValue(n);
    } else {
      v.setStringValue(value.toString());
    }
    return KeyValue.newBuilder().setKey(key).setValue(v).build();
  }

  private static Resource resource(String service, int s) {
    String pod = service + "-5d8f7c" + s + "b9-x7k2p";
    Resource.Builder r = Resource.newBuilder();
    Object[] pairs = {"service.name", service, "service.namespace", "shop", "service.version", "1." + s + ".3",
        "deployment.environment.name", "prod", "service.instance.id", UUID.nameUUIDFromBytes(pod.getBytes()).toString(),
        "k8s.namespace.name", "shop", "k8s.pod.name", pod, "k8s.deployment.name", service,
        "k8s.node.name", "node-" + s % 3, "host.name", pod, "host.arch", "amd64", "os.type", "linux",
        "os.description", "Linux 6.1.0-27-cloud-amd64", "process.pid", 1L,
        "process.runtime.name", "OpenJDK Runtime Environment", "process.runtime.version", "21.0.5+11-LTS",
        "telemetry.sdk.name", "opentelemetry", "telemetry.sdk.language", "java", "telemetry.sdk.version", "1.44.1",
        "container.id", UUID.nameUUIDFromBytes(service.getBytes()).toString().replace("-", "") + "0123456789abcdef"};
    for (int i = 0; i < pairs.length; i += 2) {
      r.addAttributes(attribute((String) pairs[i], pairs[i + 1]));
    }
    return r.build();
  }
}
