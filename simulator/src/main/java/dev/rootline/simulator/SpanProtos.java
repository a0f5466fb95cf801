package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;

/** Builds OTLP spans with the fields an OpenTelemetry SDK sets, and records failures on them. */
final class SpanProtos {
  /** Sampled, and the parent's remoteness known: not remote (local parent or none). */
  private static final int LOCAL_PARENT = 0x101;
  /** Sampled, and the parent is remote: a server span under another process's client span. */
  private static final int REMOTE_PARENT = 0x301;

  private SpanProtos() {}

  static Span.Builder span(
      ByteString traceId, ByteString spanId, ByteString parentId, String name, Span.SpanKind kind,
      long startNanos, long endNanos) {
    boolean remoteParent = (kind == Span.SpanKind.SPAN_KIND_SERVER || kind == Span.SpanKind.SPAN_KIND_CONSUMER)
        && !parentId.isEmpty();
    return Span.newBuilder()
        .setTraceId(traceId)
        .setSpanId(spanId)
        .setParentSpanId(parentId)
        .setName(name)
        .setKind(kind)
        .setStartTimeUnixNano(micros(startNanos))
        .setEndTimeUnixNano(micros(endNanos))
        .setFlags(remoteParent ? REMOTE_PARENT : LOCAL_PARENT);
  }

  /** A pod's server span for one request it served; {@code failure} may be null. */
  static Span.Builder server(Request request, Pod pod, Endpoint endpoint, String name, ByteString parentId,
      ByteString spanId, long start, long end, int status, Failure failure) {
    Span.Builder span = span(request.traceId(), spanId, parentId, name, Span.SpanKind.SPAN_KIND_SERVER, start, end);
    Semconv.server(span, endpoint, pod.spec(), request.render(endpoint.route()), status);
    if (failure != null) {
      fail(span, failure, pod, Math.max(start, end - TraceGenerator.STAGGER_NANOS), true);
    }
    return span;
  }

  /** A consumer's process span for one attempt at a message, child of the span that published it. */
  static Span.Builder consumer(ByteString traceId, Pod pod, Endpoint endpoint, Message message, ByteString spanId,
      long start, long end, Failure failure) {
    Span.Builder span = span(traceId, spanId, message.producerSpanId(), endpoint.name(),
        Span.SpanKind.SPAN_KIND_CONSUMER, start, end);
    Semconv.consumer(span, message.topic(), pod.spec().name(), message.partition(), message.offset(),
        message.context().orderId());
    if (failure != null) {
      fail(span, failure, pod, Math.max(start, end - TraceGenerator.STAGGER_NANOS), true);
    }
    return span;
  }

  /**
   * Sets the error status and, when the instrumentation records exceptions, the exception event;
   * leaves the span as it is when {@code pod}'s instrumentation marks no errors.
   */
  static void fail(Span.Builder span, Failure failure, Pod pod, long atNanos, boolean recordException) {
    if (!pod.errorStatus()) {
      return;
    }
    span.setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage(failure.message()));
    if (recordException) {
      span.addEventsBuilder()
          .setName("exception")
          .setTimeUnixNano(micros(atNanos))
          .addAttributes(Attributes.string("exception.type", failure.type()))
          .addAttributes(Attributes.string("exception.message", failure.message()))
          .addAttributes(Attributes.string("exception.stacktrace", stackTrace(failure, pod.codePackage())));
    }
  }

  /**
   * Span times to the microsecond, as many SDK clocks tick: nanosecond digits would be noise, and
   * they cost a tenth of a compressed span.
   */
  static long micros(long nanos) {
    return nanos - nanos % 1_000;
  }

  /** A short, plausible Java stack trace for the failure, thrown in the request handler of {@code codePackage}. */
  static String stackTrace(Failure failure, String codePackage) {
    String handler = codePackage + ".RequestHandler";
    int line = 40 + Math.floorMod(failure.message().hashCode(), 160);
    return failure.type() + ": " + failure.message()
        + "\n\tat " + handler + ".handle(RequestHandler.java:" + line + ")"
        + "\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"
        + "\n\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)";
  }
}
