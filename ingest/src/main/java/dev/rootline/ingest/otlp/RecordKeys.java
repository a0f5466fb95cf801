package dev.rootline.ingest.otlp;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits OTLP requests into Kafka records keyed as the Collector's kafka exporter keys them with
 * {@code partition_traces_by_id}, {@code partition_metrics_by_resource_attributes} and
 * {@code partition_logs_by_resource_attributes}: one record per trace, keyed by its id; one record
 * per resource, keyed by a hash of its attributes. Then every span of a trace, and every point of a
 * cumulative stream, reaches one partition and so one Rootline replica — which needs a stream's
 * consecutive points to turn them into a rate (docs/adr/018-scale-out-and-restart.md).
 */
public final class RecordKeys {
  private static final int RESOURCE_KEY_BYTES = 16;
  private static final Comparator<KeyValue> BY_KEY = Comparator.comparing(KeyValue::getKey);

  /** One record's key and value. */
  public record Keyed<T extends Message>(byte[] key, T request) {}

  private RecordKeys() {}

  /** One request per trace id (spans without one share a request), keyed by the 16-byte id. */
  public static List<Keyed<ExportTraceServiceRequest>> byTrace(ExportTraceServiceRequest request) {
    Map<ByteString, ExportTraceServiceRequest.Builder> traces = new LinkedHashMap<>();
    for (ResourceSpans resource : request.getResourceSpansList()) {
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        Map<ByteString, ScopeSpans.Builder> scopes = new LinkedHashMap<>();
        for (Span span : scope.getSpansList()) {
          scopes.computeIfAbsent(span.getTraceId(), id -> scope.toBuilder().clearSpans()).addSpans(span);
        }
        scopes.forEach((id, spans) -> traces.computeIfAbsent(id, i -> ExportTraceServiceRequest.newBuilder())
            .addResourceSpans(resource.toBuilder().clearScopeSpans().addScopeSpans(spans)));
      }
    }
    List<Keyed<ExportTraceServiceRequest>> out = new ArrayList<>(traces.size());
    traces.forEach((id, trace) -> out.add(new Keyed<>(id.toByteArray(), trace.build())));
    return out;
  }

  /** One request per resource, keyed by the hash of the resource's attributes. */
  public static List<Keyed<ExportMetricsServiceRequest>> byResource(ExportMetricsServiceRequest request) {
    List<Keyed<ExportMetricsServiceRequest>> out = new ArrayList<>(request.getResourceMetricsCount());
    for (ResourceMetrics resource : request.getResourceMetricsList()) {
      out.add(new Keyed<>(resourceKey(resource.getResource()),
          ExportMetricsServiceRequest.newBuilder().addResourceMetrics(resource).build()));
    }
    return out;
  }

  /** One request per resource, keyed by the hash of the resource's attributes. */
  public static List<Keyed<ExportLogsServiceRequest>> byResource(ExportLogsServiceRequest request) {
    List<Keyed<ExportLogsServiceRequest>> out = new ArrayList<>(request.getResourceLogsCount());
    for (ResourceLogs resource : request.getResourceLogsList()) {
      out.add(new Keyed<>(resourceKey(resource.getResource()),
          ExportLogsServiceRequest.newBuilder().addResourceLogs(resource).build()));
    }
    return out;
  }

  /**
   * A 16-byte hash of the resource's attributes, whatever their order: equal for every export of
   * one resource (one service instance), so its streams stay on one partition.
   */
  public static byte[] resourceKey(Resource resource) {
    MessageDigest digest = sha256();
    List<KeyValue> attributes = new ArrayList<>(resource.getAttributesList());
    attributes.sort(BY_KEY);
    for (KeyValue attribute : attributes) {
      digest.update(attribute.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(attribute.getValue().toByteArray());
      digest.update((byte) 0);
    }
    return Arrays.copyOf(digest.digest(), RESOURCE_KEY_BYTES);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
