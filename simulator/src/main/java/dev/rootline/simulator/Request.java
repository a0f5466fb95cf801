package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import io.opentelemetry.proto.trace.v1.Span;

/** One user request while it is being played through the shop: its spans and its logs so far. */
final class Request {
  private static final long SLOW_NANOS = 2_000_000_000L;
  /** Logs are written just before the span ends, as a handler logs before it returns. */
  private static final long LOG_LEAD_NANOS = 20_000;

  private final ByteString traceId;
  private final RequestContext context;
  private final TraceBuffer spans = new TraceBuffer();
  private final LogBuffer logs = new LogBuffer();
  private long lastEndNanos;

  Request(ByteString traceId, RequestContext context) {
    this.traceId = traceId;
    this.context = context;
  }

  ByteString traceId() {
    return traceId;
  }

  RequestContext context() {
    return context;
  }

  /** Fills the request's business values into a route or message template. */
  String render(String template) {
    return context.render(template);
  }

  void add(Pod pod, Scope scope, Span span) {
    spans.add(pod, scope, span);
    lastEndNanos = Math.max(lastEndNanos, span.getEndTimeUnixNano());
  }

  /**
   * Writes what a handler logs as it finishes: the error, a degraded call, slowness, or success;
   * {@code name} is what it handled, e.g. {@code GET /cart} or a record's topic, partition and offset.
   */
  void log(Pod pod, Endpoint endpoint, String name, ByteString spanId, long start, long end, Failure failure,
      Downstream downstream) {
    long at = Math.max(start, end - LOG_LEAD_NANOS);
    if (downstream.degradation() != null) {
      logs.warn(pod, traceId, spanId, Math.max(start, at - LOG_LEAD_NANOS), "Continuing without "
          + downstream.degradedTarget() + ": " + downstream.degradation().message());
    }
    if (failure != null) {
      String message = endpoint.protocol() == Protocol.MESSAGING
          ? "Listener failed for record " + name + ": " + failure.message()
          : "Request " + name + " failed: " + failure.message();
      logs.error(pod, traceId, spanId, at, message, failure);
      return;
    }
    if (end - start > SLOW_NANOS) {
      logs.warn(pod, traceId, spanId, at, "Slow request: " + name + " took " + (end - start) / 1_000_000 + " ms");
    }
    if (endpoint.successLog() != null) {
      logs.info(pod, traceId, spanId, at, context.render(endpoint.successLog()));
    }
  }

  /** The trace so far, exported once its last span has ended. */
  Trace finish() {
    return new Trace(spans.build(), logs, lastEndNanos);
  }
}
