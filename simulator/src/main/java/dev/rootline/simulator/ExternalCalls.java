package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.ExternalTarget;
import dev.rootline.simulator.model.Failure;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.util.random.RandomGenerator;

/**
 * Calls to APIs outside the shop, which show only as their callers' HTTP client spans: an answer
 * (sometimes a 5xx), or, when the behaviour strikes, no answer at all after its delay.
 */
final class ExternalCalls {
  private static final int OK = 200;

  private final Conditions conditions;
  private final RandomGenerator random;
  private final Ids ids;

  ExternalCalls(Conditions conditions, RandomGenerator random, Ids ids) {
    this.conditions = conditions;
    this.random = random;
    this.ids = ids;
  }

  Outcome call(Request request, Pod caller, ExternalTarget api, ByteString parentId, long start) {
    Behaviour behaviour = conditions.calling(caller.identity(), api.name(), at(start));
    long end = start + Effects.time(api.latency().sampleNanos(random), behaviour, random);
    Outcome result;
    if (Effects.strikes(behaviour, random)) {
      Failure failure = behaviour.failure() != null ? behaviour.failure() : ClientFailures.refused(api.address());
      result = new Outcome(end, 0, failure);
    } else if (random.nextDouble() < api.errorRate()) {
      result = new Outcome(end, api.errorStatus(), api.failure());
    } else {
      result = new Outcome(end, OK, null);
    }
    Span.Builder span = SpanProtos.span(
        request.traceId(), ids.spanId(), parentId, api.method(), SpanKind.SPAN_KIND_CLIENT, start, end);
    Semconv.external(span, api, result.status(), result.failure(), caller.errorStatus());
    if (result.failed()) {
      SpanProtos.fail(span, result.failure(), caller, end, result.status() == 0);
    }
    request.add(caller, Scope.HTTP_CLIENT, span.build());
    return result;
  }
}
