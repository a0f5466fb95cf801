package dev.rootline.app.bench;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import zipkin2.Endpoint;
import zipkin2.Span;
import zipkin2.codec.SpanBytesEncoder;

/**
 * Writes one trace as a Zipkin reporter does onto Kafka: one {@code ListOfSpans} in Zipkin's proto3
 * encoding per record. Span attributes become tags, the service and address the local endpoint,
 * the called service the remote endpoint; the resource attributes that OTLP repeats per service
 * are not copied (a Zipkin reporter sends none), so Zipkin's records are smaller.
 */
final class ZipkinEncoding {
  private static final HexFormat HEX = HexFormat.of();
  private final List<Endpoint> endpoints = new ArrayList<>();

  ZipkinEncoding(List<String> services) {
    for (int s = 0; s < services.size(); s++) {
      endpoints.add(Endpoint.newBuilder().serviceName(services.get(s)).ip("10.2.0." + (s + 1)).port(8080).build());
    }
  }

  byte[] encode(List<BenchSpan> trace) {
    List<Span> spans = new ArrayList<>(trace.size());
    for (BenchSpan s : trace) {
      spans.add(span(s));
    }
    return SpanBytesEncoder.PROTO3.encodeList(spans);
  }

  private Span span(BenchSpan s) {
    Span.Builder b = Span.newBuilder().traceId(HEX.formatHex(s.traceId())).id(HEX.formatHex(s.spanId()))
        .parentId(HEX.formatHex(s.parentId())).name(s.name()).kind(kind(s.kind()))
        .timestamp(s.startNanos() / 1_000).duration(Math.max(1, (s.endNanos() - s.startNanos()) / 1_000))
        .localEndpoint(endpoints.get(s.service()));
    if (s.peer() != null) {
      b.remoteEndpoint(Endpoint.newBuilder().serviceName(s.peer()).build());
    }
    s.attributes().forEach((k, v) -> b.putTag(k, v.toString()));
    if (s.error()) {
      b.putTag("error", "Read timed out after 30000 ms");
    }
    if (s.exception() != null) {
      b.addAnnotation(s.endNanos() / 1_000 - 1_000, "exception: " + s.exception());
    }
    return b.build();
  }

  private static Span.Kind kind(BenchSpan.Kind kind) {
    return switch (kind) {
      case SERVER -> Span.Kind.SERVER;
      case CLIENT -> Span.Kind.CLIENT;
      case INTERNAL -> null;
    };
  }
}
