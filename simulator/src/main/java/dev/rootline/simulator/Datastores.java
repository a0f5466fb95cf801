package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** Queries to the datastores, which show only as their callers' client spans. */
final class Datastores {
  private final ShopModel model;
  private final Conditions conditions;
  private final RandomGenerator random;
  private final Ids ids;

  Datastores(ShopModel model, Conditions conditions, RandomGenerator random, Ids ids) {
    this.model = model;
    this.conditions = conditions;
    this.random = random;
    this.ids = ids;
  }

  Outcome query(Request request, Pod caller, QueryTarget query, ByteString parentId, long start) {
    Datastore store = model.datastore(query.datastore());
    Behaviour behaviour = conditions.calling(caller.identity(), store.name(), Instant.ofEpochSecond(0, start));
    long duration = query.latency().sampleNanos(random);
    long end = start + Math.max(1_000L, (long) (duration * behaviour.latencyFactor()));
    Failure failure = behaviour.extraErrorProbability() > 0 && random.nextDouble() < behaviour.extraErrorProbability()
        ? ClientFailures.query(store) : null;
    if (store.pooled()) {
      caller.runtime().queried(end - start);
    }
    Span.Builder span = SpanProtos.span(
        request.traceId(), ids.spanId(), parentId, query.spanName(), SpanKind.SPAN_KIND_CLIENT, start, end);
    Semconv.database(span, query, store);
    if (failure != null) {
      SpanProtos.fail(span, failure, caller.spec().name(), end, true);
    }
    request.add(caller, store.pooled() ? Scope.JDBC : Scope.REDIS, span.build());
    return new Outcome(end, 0, failure);
  }
}
