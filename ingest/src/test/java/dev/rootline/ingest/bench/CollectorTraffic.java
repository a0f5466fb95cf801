package dev.rootline.ingest.bench;

import static dev.rootline.ingest.otlp.CollectorRecords.num;
import static dev.rootline.ingest.otlp.CollectorRecords.str;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic traffic shaped like a Collector's kafka exporter output: each record one batch of
 * {@value #SPANS_PER_RECORD} spans from {@value #SERVICES} services, each service with an SDK's
 * full resource attributes, one server span, two HTTP client spans, a database span and an internal
 * span, with unique ids, URLs and client addresses and about 2% errors carrying exception events.
 */
final class CollectorTraffic {
  static final int RECORDS = 100;
  static final int SERVICES = 10;
  static final int SPANS_PER_SERVICE = 5;
  static final int SPANS_PER_RECORD = SERVICES * SPANS_PER_SERVICE;
  static final int SPANS = RECORDS * SPANS_PER_RECORD;
  /** 2025-11-22T10:00:00Z. */
  static final long T0 = 1_763_805_600_000_000_000L;

  private static final String[] NAMES = {"gateway", "frontend", "cart", "checkout", "payment",
      "inventory", "shipping", "email", "recommendation", "ads"};
  private static final String[] ROUTES = {"/api/cart/{id}", "/api/checkout", "/api/products/{sku}",
      "/api/orders/{id}", "/health"};

  private final Random random = new Random(7);
  private final List<Resource> resources = new ArrayList<>();

  CollectorTraffic() {
    for (int s = 0; s < SERVICES; s++) {
      resources.add(resource(s));
    }
  }

  /** {@value #RECORDS} records as protobuf bytes. */
  List<ExportTraceServiceRequest> records() {
    List<ExportTraceServiceRequest> records = new ArrayList<>();
    for (int r = 0; r < RECORDS; r++) {
      ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
      long start = T0 + r * 50_000_000L;
      for (int s = 0; s < SERVICES; s++) {
        request.addResourceSpans(ResourceSpans.newBuilder().setResource(resources.get(s))
            .setSchemaUrl("https://opentelemetry.io/schemas/1.26.0")
            .addScopeSpans(ScopeSpans.newBuilder()
                .setScope(InstrumentationScope.newBuilder().setName("io.opentelemetry.tomcat-10.0").setVersion("2.10.0-alpha"))
                .addAllSpans(serviceSpans(s, start))));
      }
      records.add(request.build());
    }
    return records;
  }

  private Resource resource(int s) {
    String pod = NAMES[s] + "-" + Integer.toHexString(random.nextInt()) + "-x7k2p";
    return Resource.newBuilder()
        .addAttributes(str("service.name", NAMES[s])).addAttributes(str("service.namespace", "shop"))
        .addAttributes(str("service.version", "1." + s + ".3")).addAttributes(str("deployment.environment.name", "prod"))
        .addAttributes(str("service.instance.id", UUID.nameUUIDFromBytes(pod.getBytes()).toString()))
        .addAttributes(str("k8s.namespace.name", "shop")).addAttributes(str("k8s.pod.name", pod))
        .addAttributes(str("k8s.deployment.name", NAMES[s])).addAttributes(str("k8s.node.name", "node-" + s % 3))
        .addAttributes(str("host.name", pod)).addAttributes(str("host.arch", "amd64"))
        .addAttributes(str("os.type", "linux")).addAttributes(str("os.description", "Linux 6.1.0-27-cloud-amd64"))
        .addAttributes(num("process.pid", 1)).addAttributes(str("process.runtime.name", "OpenJDK Runtime Environment"))
        .addAttributes(str("process.runtime.version", "21.0.5+11-LTS"))
        .addAttributes(str("telemetry.sdk.name", "opentelemetry")).addAttributes(str("telemetry.sdk.language", "java"))
        .addAttributes(str("telemetry.sdk.version", "1.44.1"))
        .addAttributes(str("container.id", UUID.randomUUID().toString().replace("-", "") + "0123456789abcdef"))
        .build();
  }

  private List<Span> serviceSpans(int s, long start) {
    ByteString traceId = randomBytes(16);
    ByteString serverId = randomBytes(8);
    String route = ROUTES[random.nextInt(ROUTES.length)];
    boolean error = random.nextInt(50) == 0;
    Span.Builder server = span(traceId, serverId, randomBytes(8), "GET " + route, Span.SpanKind.SPAN_KIND_SERVER,
        start, 40_000_000 + random.nextInt(20_000_000))
        .addAttributes(str("http.request.method", "GET")).addAttributes(str("http.route", route))
        .addAttributes(str("url.path", route.replace("{id}", Long.toString(random.nextInt(1_000_000)))))
        .addAttributes(str("url.scheme", "http")).addAttributes(num("http.response.status_code", error ? 500 : 200))
        .addAttributes(str("server.address", NAMES[s])).addAttributes(num("server.port", 8080))
        .addAttributes(str("network.protocol.version", "1.1"))
        .addAttributes(str("client.address", "10.0." + random.nextInt(256) + "." + random.nextInt(256)))
        .addAttributes(str("user_agent.original", "Go-http-client/1.1"));
    if (error) {
      server.setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR))
          .addEvents(Span.Event.newBuilder().setName("exception").setTimeUnixNano(start + 30_000_000)
              .addAttributes(str("exception.type", "java.net.SocketTimeoutException"))
              .addAttributes(str("exception.message", "Read timed out after 30000 ms"))
              .addAttributes(str("exception.stacktrace", "java.net.SocketTimeoutException: Read timed out\n"
                  + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n".repeat(12))));
    }
    List<Span> spans = new ArrayList<>();
    spans.add(server.build());
    for (int c = 1; c <= 2; c++) {
      String peer = NAMES[(s + c) % SERVICES];
      spans.add(span(traceId, randomBytes(8), serverId, "GET", Span.SpanKind.SPAN_KIND_CLIENT, start + c * 5_000_000L,
          10_000_000 + random.nextInt(10_000_000))
          .addAttributes(str("http.request.method", "GET")).addAttributes(str("server.address", peer))
          .addAttributes(num("server.port", 8080)).addAttributes(str("peer.service", peer))
          .addAttributes(str("url.full", "http://" + peer + ":8080/api/items/" + random.nextInt(1_000_000)))
          .addAttributes(num("http.response.status_code", 200))
          .addAttributes(str("network.peer.address", "10.1." + random.nextInt(256) + "." + random.nextInt(256)))
          .build());
    }
    spans.add(span(traceId, randomBytes(8), serverId, "SELECT shop.items", Span.SpanKind.SPAN_KIND_CLIENT,
        start + 20_000_000, 2_000_000 + random.nextInt(3_000_000))
        .addAttributes(str("db.system.name", "postgresql")).addAttributes(str("db.namespace", "shop"))
        .addAttributes(str("db.operation.name", "SELECT")).addAttributes(str("db.collection.name", "items"))
        .addAttributes(str("db.query.text", "SELECT id, sku, name, price, stock FROM items WHERE id = $1 AND tenant = $2"))
        .addAttributes(str("server.address", "pg-primary.shop.svc")).addAttributes(num("server.port", 5432))
        .build());
    spans.add(span(traceId, randomBytes(8), serverId, "render " + NAMES[s], Span.SpanKind.SPAN_KIND_INTERNAL,
        start + 30_000_000, 500_000 + random.nextInt(500_000))
        .addAttributes(str("code.function.name", "com.example.shop.View.render")).build());
    return spans;
  }

  private static Span.Builder span(ByteString traceId, ByteString spanId, ByteString parentId, String name,
      Span.SpanKind kind, long start, long duration) {
    return Span.newBuilder().setTraceId(traceId).setSpanId(spanId).setParentSpanId(parentId).setName(name)
        .setKind(kind).setFlags(0x301).setStartTimeUnixNano(start).setEndTimeUnixNano(start + duration);
  }

  private ByteString randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return ByteString.copyFrom(bytes);
  }
}
