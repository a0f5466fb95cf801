package dev.rootline.simulator.sink;

import dev.rootline.core.change.DeployEvent;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/**
 * Where the simulator writes its telemetry, in the shape an OpenTelemetry Collector exports it.
 * Calls come from one thread at a time; each may block while it writes or buffers, and each call is
 * one more record (not idempotent). A write that fails throws an unchecked exception, or for
 * asynchronous sinks is counted; nobody retries. {@link #close()} flushes and releases the sink.
 */
public interface TelemetrySink extends AutoCloseable {
  /** All spans of one trace; {@code key} is its 16-byte trace id, as the Collector keys them. */
  void spans(byte[] key, ExportTraceServiceRequest request);

  /** One export of metric points. */
  void metrics(ExportMetricsServiceRequest request);

  /** One export of log records. */
  void logs(ExportLogsServiceRequest request);

  /** A deploy reported by CI/CD. */
  void deploy(DeployEvent event);

  /** Pushes out whatever is buffered, without closing. */
  default void flush() {}

  /** Flushes and releases the sink; further writes fail. */
  @Override
  void close();
}
