package dev.rootline.simulator.sink;

import dev.rootline.core.change.DeployEvent;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps everything written to it, in order, for tests, the demo and offline evaluation. Safe to read
 * from one thread while a realtime simulation writes from another.
 */
public final class InMemoryTelemetrySink implements TelemetrySink {
  private final List<byte[]> spanKeys = new ArrayList<>();
  private final List<ExportTraceServiceRequest> spans = new ArrayList<>();
  private final List<ExportMetricsServiceRequest> metrics = new ArrayList<>();
  private final List<ExportLogsServiceRequest> logs = new ArrayList<>();
  private final List<DeployEvent> deploys = new ArrayList<>();

  @Override
  public synchronized void spans(byte[] key, ExportTraceServiceRequest request) {
    spanKeys.add(key.clone());
    spans.add(request);
  }

  @Override
  public synchronized void metrics(ExportMetricsServiceRequest request) {
    metrics.add(request);
  }

  @Override
  public synchronized void logs(ExportLogsServiceRequest request) {
    logs.add(request);
  }

  @Override
  public synchronized void deploy(DeployEvent event) {
    deploys.add(event);
  }

  /** The span requests so far, one per trace. */
  public synchronized List<ExportTraceServiceRequest> spans() {
    return List.copyOf(spans);
  }

  /** The keys of {@link #spans()}, index for index. */
  public synchronized List<byte[]> spanKeys() {
    return spanKeys.stream().map(byte[]::clone).toList();
  }

  public synchronized List<ExportMetricsServiceRequest> metrics() {
    return List.copyOf(metrics);
  }

  public synchronized List<ExportLogsServiceRequest> logs() {
    return List.copyOf(logs);
  }

  public synchronized List<DeployEvent> deploys() {
    return List.copyOf(deploys);
  }

  /** Nothing to release: the contents stay readable. */
  @Override
  public void close() {}
}
