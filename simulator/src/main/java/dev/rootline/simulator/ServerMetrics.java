package dev.rootline.simulator;

import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod's request-duration histograms per endpoint and status, as the HTTP, gRPC and Kafka
 * instrumentations export them: {@code http.server.request.duration} in seconds,
 * {@code rpc.server.duration} in milliseconds and {@code messaging.process.duration} in seconds.
 */
final class ServerMetrics {
  private static final double[] HTTP_BOUNDS =
      {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10};
  private static final double[] RPC_BOUNDS =
      {0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000};

  private static final int NO_STATUS = -1;

  private record Key(String endpoint, int status) {}

  private record Series(List<KeyValue> attributes, CumulativeHistogram histogram) {}

  private final ServiceSpec spec;
  private final Map<Key, Series> http = new LinkedHashMap<>();
  private final Map<Key, Series> rpc = new LinkedHashMap<>();
  private final Map<String, Series> processed = new LinkedHashMap<>();

  ServerMetrics(ServiceSpec spec) {
    this.spec = spec;
  }

  /**
   * Counts one request served, with its HTTP status or gRPC status code; a service whose
   * instrumentation marks no errors has one series per endpoint, without a status.
   */
  void record(Endpoint endpoint, String name, int served, long durationNanos) {
    int status = spec.instrumentation().errorStatus() ? served : NO_STATUS;
    if (endpoint.protocol() == Protocol.HTTP) {
      http.computeIfAbsent(new Key(name, status), k -> new Series(httpAttributes(endpoint, status),
          new CumulativeHistogram(HTTP_BOUNDS))).histogram().record(durationNanos / 1e9);
    } else {
      rpc.computeIfAbsent(new Key(name, status), k -> new Series(rpcAttributes(endpoint, status),
          new CumulativeHistogram(RPC_BOUNDS))).histogram().record(durationNanos / 1e6);
    }
  }

  /** Counts one message processed, failed when {@code failure} is non-null and the service marks errors. */
  void recordProcessed(Endpoint endpoint, long durationNanos, Failure failure) {
    String errorType = failure == null || !spec.instrumentation().errorStatus() ? "" : failure.type();
    processed.computeIfAbsent(errorType, e -> new Series(messagingAttributes(endpoint, e),
        new CumulativeHistogram(HTTP_BOUNDS))).histogram().record(durationNanos / 1e9);
  }

  /** The cumulative histograms so far, one scope per server instrumentation. */
  List<ScopeMetrics> collect(long startNanos, long timeNanos) {
    List<ScopeMetrics> scopes = new ArrayList<>();
    if (!http.isEmpty()) {
      scopes.add(ScopeMetrics.newBuilder().setScope(Scope.HTTP_SERVER.proto())
          .addMetrics(MetricProtos.histogram("http.server.request.duration", "s",
              "Duration of HTTP server requests.", points(http, startNanos, timeNanos)))
          .build());
    }
    if (!rpc.isEmpty()) {
      scopes.add(ScopeMetrics.newBuilder().setScope(Scope.GRPC.proto())
          .addMetrics(MetricProtos.histogram("rpc.server.duration", "ms",
              "Measures the duration of inbound RPC.", points(rpc, startNanos, timeNanos)))
          .build());
    }
    if (!processed.isEmpty()) {
      scopes.add(ScopeMetrics.newBuilder().setScope(Scope.KAFKA.proto())
          .addMetrics(MetricProtos.histogram("messaging.process.duration", "s",
              "Duration of processing operation.", points(processed, startNanos, timeNanos)))
          .build());
    }
    return scopes;
  }

  private List<KeyValue> messagingAttributes(Endpoint endpoint, String errorType) {
    List<KeyValue> attributes = new ArrayList<>(List.of(
        Attributes.string("messaging.system", "kafka"),
        Attributes.string("messaging.destination.name", endpoint.route()),
        Attributes.string("messaging.operation.name", "process"),
        Attributes.string("messaging.consumer.group.name", spec.name())));
    if (!errorType.isEmpty()) {
      attributes.add(Attributes.string("error.type", errorType));
    }
    return attributes;
  }

  private static <K> List<HistogramDataPoint> points(Map<K, Series> series, long startNanos, long timeNanos) {
    List<HistogramDataPoint> points = new ArrayList<>(series.size());
    series.values().forEach(s -> points.add(s.histogram().point(s.attributes(), startNanos, timeNanos)));
    return points;
  }

  private List<KeyValue> httpAttributes(Endpoint endpoint, int status) {
    List<KeyValue> attributes = new ArrayList<>(List.of(
        Attributes.string("http.request.method", endpoint.method()),
        Attributes.string("http.route", endpoint.route())));
    if (status != NO_STATUS) {
      attributes.add(Attributes.integer("http.response.status_code", status));
    }
    attributes.add(Attributes.string("url.scheme", "http"));
    attributes.add(Attributes.string("network.protocol.version", "1.1"));
    if (status >= 500) {
      attributes.add(Attributes.string("error.type", Integer.toString(status)));
    }
    return attributes;
  }

  private List<KeyValue> rpcAttributes(Endpoint endpoint, int status) {
    List<KeyValue> attributes = new ArrayList<>(List.of(
        Attributes.string("rpc.system", "grpc"),
        Attributes.string("rpc.service", endpoint.route()),
        Attributes.string("rpc.method", endpoint.method())));
    if (status != NO_STATUS) {
      attributes.add(Attributes.integer("rpc.grpc.status_code", status));
    }
    attributes.add(Attributes.string("server.address", spec.name()));
    attributes.add(Attributes.integer("server.port", spec.port()));
    return attributes;
  }
}
