package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.ExternalTarget;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.PublishTarget;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Plays one user request, or one consumed message, through the shop: each pod spends its own time
 * around its downstream calls, each call is a client span in the caller with the callee's server
 * span beneath it, and every span, log line and metric sample it causes is recorded.
 */
final class TraceGenerator {
  /** Parallel calls leave a few microseconds apart, as a thread pool dispatches them. */
  static final long STAGGER_NANOS = 20_000;

  private final Fleet fleet;
  private final Conditions conditions;
  private final RandomGenerator random;
  private final Ids ids;
  private final Endpoints endpoints;
  private final ServiceCalls services;
  private final Datastores datastores;
  private final ExternalCalls externals;
  private final Broker broker;

  TraceGenerator(ShopModel model, Fleet fleet, Conditions conditions, Broker broker, RandomGenerator random) {
    this.fleet = fleet;
    this.conditions = conditions;
    this.random = random;
    this.ids = new Ids(random);
    this.endpoints = new Endpoints(model);
    this.services = new ServiceCalls(model, fleet, conditions, random, ids, endpoints, this::serve);
    this.datastores = new Datastores(model, conditions, random, ids);
    this.externals = new ExternalCalls(conditions, random, ids);
    this.broker = broker;
  }

  /** One request that enters the shop at {@code target} at {@code startNanos}. */
  Trace generate(ServiceTarget target, long startNanos) {
    Request request = new Request(ids.traceId(), RequestContext.random(random));
    Pod pod = fleet.pick(target.service(), random);
    serve(request, pod, endpoints.resolve(target), ByteString.EMPTY, startNanos, null);
    return request.finish();
  }

  /**
   * One attempt of {@code pod} to process a message at {@code startNanos}, in the message's trace;
   * with a {@code poison} failure it fails at once, before any call.
   */
  Trace consume(Pod pod, Endpoint endpoint, Delivery delivery, long startNanos) {
    Request request = new Request(delivery.message().traceId(), delivery.message().context());
    serve(request, pod, endpoint, delivery.message().producerSpanId(), startNanos, delivery);
    return request.finish();
  }

  /** What one pod did for one request or message: what its span and logs record. */
  private record Handled(Pod pod, Endpoint endpoint, ByteString spanId, long start, long end, Failure failure,
      Downstream downstream) {}

  /** The pod's server or consumer span: 30% of its own time before the calls, 40% between, the rest after. */
  private Outcome serve(
      Request request, Pod pod, Endpoint modelled, ByteString parentId, long start, Delivery delivery) {
    Instant at = at(start);
    Endpoint endpoint = conditions.code(pod.identity(), modelled, at);
    Behaviour behaviour = conditions.serving(pod.identity(), endpoints.name(modelled), at);
    long self = Effects.time(endpoint.selfTime().sampleNanos(random), behaviour, random);
    ByteString spanId = ids.spanId();
    long before = self * 3 / 10;
    Downstream downstream = delivery != null && delivery.poison() != null
        ? new Downstream(start + before, 0, delivery.poison(), null, null)
        : callAll(request, pod, endpoint, spanId, start + before, self * 4 / 10);
    long end = downstream.endNanos() + self - before - downstream.gapNanos();
    Failure failure = downstream.failure() != null ? downstream.failure() : ownFailure(endpoint, behaviour);
    pod.runtime().served(self);
    Handled handled = new Handled(pod, modelled, spanId, start, end, failure, downstream);
    return modelled.protocol() == Protocol.MESSAGING
        ? consumed(request, handled, delivery.message())
        : served(request, handled, parentId);
  }

  private Outcome served(Request request, Handled h, ByteString parentId) {
    String name = endpoints.name(h.endpoint());
    int status = h.failure() == null
        ? ClientFailures.okStatus(h.endpoint()) : ClientFailures.serverErrorStatus(h.endpoint());
    h.pod().server().record(h.endpoint(), name, status, h.end() - h.start());
    Span span = SpanProtos.server(request, h.pod(), h.endpoint(), name, parentId, h.spanId(), h.start(), h.end(),
        status, h.failure()).build();
    request.log(h.pod(), h.endpoint(), name, h.spanId(), h.start(), h.end(), h.failure(), h.downstream());
    request.add(h.pod(), h.endpoint().protocol() == Protocol.HTTP ? Scope.HTTP_SERVER : Scope.GRPC, span);
    return new Outcome(h.end(), status, h.failure());
  }

  private Outcome consumed(Request request, Handled h, Message message) {
    h.pod().server().recordProcessed(h.endpoint(), h.end() - h.start(), h.failure());
    Span span = SpanProtos.consumer(request.traceId(), h.pod(), h.endpoint(), message, h.spanId(), h.start(), h.end(),
        h.failure()).build();
    request.log(h.pod(), h.endpoint(), message.record(), h.spanId(), h.start(), h.end(), h.failure(), h.downstream());
    request.add(h.pod(), Scope.KAFKA, span);
    return new Outcome(h.end(), 0, h.failure());
  }

  private Outcome serve(Request request, Pod pod, Endpoint endpoint, ByteString parentId, long start) {
    return serve(request, pod, endpoint, parentId, start, null);
  }

  /** The endpoint's own failure: the behaviour's extra errors first, then its modelled rate. */
  private Failure ownFailure(Endpoint endpoint, Behaviour behaviour) {
    double draw = random.nextDouble();
    if (draw < behaviour.extraErrorProbability()) {
      return behaviour.failure() != null ? behaviour.failure() : endpoint.failure();
    }
    return draw < behaviour.extraErrorProbability() + endpoint.errorRate() ? endpoint.failure() : null;
  }

  /** Runs the calls in order; a critical failure ends the request early, as an exception would. */
  private Downstream callAll(Request request, Pod pod, Endpoint endpoint, ByteString spanId, long cursor, long gaps) {
    long gap = endpoint.calls().isEmpty() ? 0 : gaps / endpoint.calls().size();
    long gapsUsed = 0;
    long groupStart = -1;
    String degradedTarget = null;
    Failure degradation = null;
    for (Call call : endpoint.calls()) {
      if (!made(pod, call)) {
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

  /** Whether the request makes the call; a call behind a cache is made on a miss, and counted. */
  private boolean made(Pod pod, Call call) {
    if (call.cache() != null) {
      boolean miss = random.nextDouble() < call.probability();
      pod.caches().record(call.cache(), miss);
      return miss;
    }
    return call.probability() >= 1 || random.nextDouble() < call.probability();
  }

  private Outcome call(Request request, Pod caller, Call call, ByteString parentId, long start) {
    if (call.target() instanceof QueryTarget query) {
      return datastores.query(request, caller, query, parentId, start);
    } else if (call.target() instanceof ExternalTarget api) {
      return externals.call(request, caller, api, parentId, start);
    } else if (call.target() instanceof PublishTarget publish) {
      return broker.publish(request, caller, publish.topic(), parentId, start, ids);
    }
    return services.call(request, caller, (ServiceTarget) call.target(), parentId, start);
  }
}
