package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Latency;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.util.random.RandomGenerator;

/**
 * Calls from one service to another: a client span in the caller around the network round trip and
 * the callee's server span. A client with a timeout gives up on a slow attempt (the callee works on)
 * and, when it retries, makes the call again at once, each attempt its own client span.
 */
final class ServiceCalls {
  private static final Latency NETWORK = Latency.of(0.25, 0.3);

  /** Serves a call in the callee: a pod's server span and everything beneath it. */
  interface Server {
    Outcome serve(Request request, Pod pod, Endpoint endpoint, ByteString parentId, long startNanos);
  }

  private final ShopModel model;
  private final Fleet fleet;
  private final Conditions conditions;
  private final RandomGenerator random;
  private final Ids ids;
  private final Endpoints endpoints;
  private final Server server;

  ServiceCalls(ShopModel model, Fleet fleet, Conditions conditions, RandomGenerator random, Ids ids,
      Endpoints endpoints, Server server) {
    this.model = model;
    this.fleet = fleet;
    this.conditions = conditions;
    this.random = random;
    this.ids = ids;
    this.endpoints = endpoints;
    this.server = server;
  }

  Outcome call(Request request, Pod caller, ServiceTarget target, ByteString parentId, long start) {
    Retries retries = conditions.retries(caller.identity(), target.service(), at(start));
    Outcome outcome = attempt(request, caller, target, parentId, start, 0, retries.timeoutMillis());
    for (int i = 1; i < retries.maxAttempts() && outcome.failed(); i++) {
      outcome = attempt(request, caller, target, parentId, outcome.endNanos() + TraceGenerator.STAGGER_NANOS, i,
          retries.timeoutMillis());
    }
    return outcome;
  }

  private Outcome attempt(
      Request request, Pod caller, ServiceTarget target, ByteString parentId, long start, int attempt,
      double timeoutMillis) {
    Endpoint endpoint = endpoints.resolve(target);
    ServiceSpec callee = model.service(target.service());
    Behaviour behaviour = conditions.calling(caller.identity(), target.service(), at(start));
    ByteString spanId = ids.spanId();
    String path = request.render(endpoint.route());
    Outcome result = exchange(request, endpoint, callee, behaviour, spanId, path, start);
    long timeoutNanos = (long) (timeoutMillis * 1e6);
    if (timeoutNanos > 0 && result.endNanos() - start > timeoutNanos) {
      result = new Outcome(start + timeoutNanos, ClientFailures.timedOutStatus(endpoint),
          ClientFailures.timedOut(endpoint, timeoutMillis));
    }
    boolean http = endpoint.protocol() == Protocol.HTTP;
    Span.Builder span = SpanProtos.span(request.traceId(), spanId, parentId,
        http ? endpoint.method() + " " + endpoint.route() : endpoints.name(endpoint), SpanKind.SPAN_KIND_CLIENT,
        start, result.endNanos());
    Semconv.client(span, endpoint, callee, path, result.status(), result.failure(), attempt,
        caller.errorStatus());
    if (result.failed()) {
      // Client instrumentations record an exception only when no answer came at all.
      SpanProtos.fail(span, result.failure(), caller, result.endNanos(),
          ClientFailures.unanswered(result.status()));
    }
    request.add(caller, http ? Scope.HTTP_CLIENT : Scope.GRPC, span.build());
    return result;
  }

  /** The round trip: refused (after any delay), or the callee's answer over a slower or delayed network. */
  private Outcome exchange(Request request, Endpoint endpoint, ServiceSpec callee, Behaviour behaviour,
      ByteString spanId, String path, long start) {
    long delay = Effects.delay(behaviour, random);
    long out = Effects.scale(NETWORK.sampleNanos(random), behaviour.latencyFactor()) + delay / 2;
    if (Effects.strikes(behaviour, random)) {
      Failure failure = behaviour.failure() != null ? behaviour.failure() : ClientFailures.refused(endpoint, callee);
      return new Outcome(start + out + delay - delay / 2, ClientFailures.refusedStatus(endpoint), failure);
    }
    Outcome served = server.serve(request, fleet.pick(callee.name(), random), endpoint, spanId, start + out);
    long end = served.endNanos() + Effects.scale(NETWORK.sampleNanos(random), behaviour.latencyFactor())
        + delay - delay / 2;
    return new Outcome(end, served.status(),
        served.failed() ? ClientFailures.answered(endpoint, callee, path, served) : null);
  }
}
