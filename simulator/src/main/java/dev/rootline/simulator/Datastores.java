package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Queries to the datastores, which show only as their callers' client spans. A pooled query first
 * leases a connection from the caller's pool; when none frees in time the request fails without a
 * query span, as HikariCP throws before any statement runs.
 */
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
    Instant at = at(start);
    Behaviour behaviour = conditions.calling(caller.identity(), store.name(), at);
    long duration = Effects.time(query.latency().sampleNanos(random), behaviour, random);
    if (store.pooled() && caller.pool() != null) {
      long wait = caller.pool().lease(start, duration, conditions.strain(caller.identity(), at).heldConnections());
      if (wait < 0) {
        return new Outcome(start + ConnectionPool.TIMEOUT_MILLIS * 1_000_000, 0,
            ClientFailures.poolTimeout(ConnectionPool.TIMEOUT_MILLIS));
      }
      start += wait;
    }
    long end = start + duration;
    Failure failure = Effects.strikes(behaviour, random)
        ? (behaviour.failure() != null ? behaviour.failure() : ClientFailures.query(store)) : null;
    Span.Builder span = SpanProtos.span(
        request.traceId(), ids.spanId(), parentId, query.spanName(), SpanKind.SPAN_KIND_CLIENT, start, end);
    Semconv.database(span, query, store);
    if (failure != null) {
      SpanProtos.fail(span, failure, caller, end, true);
    }
    request.add(caller, Scope.of(store), span.build());
    return new Outcome(end, 0, failure);
  }
}
