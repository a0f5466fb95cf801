package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Latency;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Plays one user request through the shop: each pod spends its own time around its downstream calls,
 * each call is a client span in the caller with the callee's server span beneath it, and every span,
 * log line and metric sample it causes is recorded.
 */
final class TraceGenerator {
  private static final Latency NETWORK = Latency.of(0.25, 0.3);
  /** Parallel calls leave a few microseconds apart, as a thread pool dispatches them. */
  private static final long STAGGER_NANOS = 20_000;

  private final ShopModel model;
  private final Fleet fleet;
  private final Conditions conditions;
  private final RandomGenerator random;
  private final Ids ids;
  private final Endpoints endpoints;
  private final Datastores datastores;

  TraceGenerator(ShopModel model, Fleet fleet, Conditions conditions, RandomGenerator random) {
    this.model = model;
    this.fleet = fleet;
    this.conditions = conditions;
    this.random = random;
    this.ids = new Ids(random);
    this.endpoints = new Endpoints(model);
    this.datastores = new Datastores(model, conditions, random, ids);
  }

  /** One request that enters the shop at {@code target} at {@code startNanos}. */
  Trace generate(ServiceTarget target, long startNanos) {
    Request request = new Request(ids.traceId(), RequestContext.random(random));
    Pod pod = fleet.pick(target.service(), random);
    return request.finish(serve(request, pod, endpoints.resolve(target), ByteString.EMPTY, startNanos).endNanos());
  }

  /** The pod's server span: 30% of its own time before the calls, 40% between them, the rest after. */
  private Outcome serve(Request request, Pod pod, Endpoint endpoint, ByteString parentId, long start) {
    String name = endpoints.name(endpoint);
    Behaviour behaviour = conditions.serving(pod.identity(), name, at(start));
    long self = scale(endpoint.selfTime().sampleNanos(random), behaviour.latencyFactor());
    ByteString spanId = ids.spanId();
    long before = self * 3 / 10;
    Downstream downstream = callAll(request, pod, endpoint, spanId, start + before, self * 4 / 10);
    long end = downstream.endNanos() + self - before - downstream.gapNanos();
    Failure failure = downstream.failure();
    if (failure == null && random.nextDouble() < endpoint.errorRate() + behaviour.extraErrorProbability()) {
      failure = endpoint.failure();
    }
    int status = failure == null ? ClientFailures.okStatus(endpoint) : ClientFailures.serverErrorStatus(endpoint);
    pod.runtime().served(self);
    pod.server().record(endpoint, name, status, end - start);
    Span.Builder span = SpanProtos.span(request.traceId(), spanId, parentId, name, SpanKind.SPAN_KIND_SERVER,
        start, end);
    Semconv.server(span, endpoint, pod.spec(), request.render(endpoint.route()), status);
    if (failure != null) {
      SpanProtos.fail(span, failure, pod.spec().name(), Math.max(start, end - STAGGER_NANOS), true);
    }
    request.log(pod, endpoint, name, spanId, start, end, failure, downstream);
    request.add(pod, endpoint.protocol() == Protocol.HTTP ? Scope.HTTP_SERVER : Scope.GRPC, span.build());
    return new Outcome(end, status, failure);
  }

  /** Runs the calls in order; a critical failure ends the request early, as an exception would. */
  private Downstream callAll(Request request, Pod pod, Endpoint endpoint, ByteString spanId, long cursor, long gaps) {
    long gap = endpoint.calls().isEmpty() ? 0 : gaps / endpoint.calls().size();
    long gapsUsed = 0;
    long groupStart = -1;
    String degradedTarget = null;
    Failure degradation = null;
    for (Call call : endpoint.calls()) {
      if (call.probability() < 1 && random.nextDouble() >= call.probability()) {
        continue;
      }
      if (!call.parallel() || groupStart < 0) {
        gapsUsed += gap;
        groupStart = cursor + gap;
      }
      int times = call.maxTimes() == 1 ? 1 : 1 + random.nextInt(call.maxTimes());
      long start = groupStart;
      for (int i = 0; i < times; i++) {
        Outcome outcome = call(request, pod, call, spanId, call.parallel() ? groupStart + i * STAGGER_NANOS : start);
        start = outcome.endNanos();
        cursor = Math.max(cursor, outcome.endNanos());
        if (outcome.failed() && call.critical()) {
          return new Downstream(cursor, gapsUsed, outcome.failure(), degradedTarget, degradation);
        } else if (outcome.failed()) {
          degradedTarget = Endpoints.targetName(call.target());
          degradation = outcome.failure();
        }
      }
      if (!call.parallel()) {
        groupStart = -1;
      }
    }
    return new Downstream(cursor, gapsUsed, null, degradedTarget, degradation);
  }

  private Outcome call(Request request, Pod caller, Call call, ByteString parentId, long start) {
    return call.target() instanceof QueryTarget query
        ? datastores.query(request, caller, query, parentId, start)
        : callService(request, caller, (ServiceTarget) call.target(), parentId, start);
  }

  /** A client span in the caller around the network round trip and the callee's server span. */
  private Outcome callService(Request request, Pod caller, ServiceTarget target, ByteString parentId, long start) {
    Endpoint endpoint = endpoints.resolve(target);
    ServiceSpec callee = model.service(target.service());
    Behaviour behaviour = conditions.calling(caller.identity(), target.service(), at(start));
    ByteString spanId = ids.spanId();
    String path = request.render(endpoint.route());
    long out = scale(NETWORK.sampleNanos(random), behaviour.latencyFactor());
    Outcome result;
    if (behaviour.extraErrorProbability() > 0 && random.nextDouble() < behaviour.extraErrorProbability()) {
      result = new Outcome(
          start + out, ClientFailures.refusedStatus(endpoint), ClientFailures.refused(endpoint, callee));
    } else {
      Outcome served = serve(request, fleet.pick(callee.name(), random), endpoint, spanId, start + out);
      long end = served.endNanos() + scale(NETWORK.sampleNanos(random), behaviour.latencyFactor());
      result = new Outcome(end, served.status(),
          served.failed() ? ClientFailures.answered(endpoint, callee, path, served) : null);
    }
    boolean http = endpoint.protocol() == Protocol.HTTP;
    Span.Builder span = SpanProtos.span(request.traceId(), spanId, parentId,
        http ? endpoint.method() + " " + endpoint.route() : endpoints.name(endpoint), SpanKind.SPAN_KIND_CLIENT,
        start, result.endNanos());
    Semconv.client(span, endpoint, callee, path, result.status());
    if (result.failed()) {
      // Client instrumentations record an exception only when no answer came at all.
      boolean noAnswer = result.status() == 0 || result.status() == ClientFailures.GRPC_UNAVAILABLE;
      SpanProtos.fail(span, result.failure(), caller.spec().name(), result.endNanos(), noAnswer);
    }
    request.add(caller, http ? Scope.HTTP_CLIENT : Scope.GRPC, span.build());
    return result;
  }

  private static long scale(long nanos, double factor) {
    return factor == 1 ? nanos : Math.max(1_000L, (long) (nanos * factor));
  }

  private static Instant at(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }
}
