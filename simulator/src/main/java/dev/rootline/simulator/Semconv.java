package dev.rootline.simulator;

import static dev.rootline.simulator.Attributes.integer;
import static dev.rootline.simulator.Attributes.string;

import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.ExternalTarget;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceSpec;
import io.opentelemetry.proto.trace.v1.Span;

/** Span attributes after the OpenTelemetry semantic conventions for HTTP, gRPC, databases and Kafka. */
final class Semconv {
  private Semconv() {}

  /**
   * A server span's attributes; {@code path} is the route with its parameters filled in. A server
   * whose instrumentation marks no errors records no status code either.
   */
  static void server(Span.Builder span, Endpoint endpoint, ServiceSpec server, String path, int status) {
    boolean statusCodes = server.instrumentation().errorStatus();
    if (endpoint.protocol() == Protocol.HTTP) {
      span.addAttributes(string("http.request.method", endpoint.method()))
          .addAttributes(string("http.route", endpoint.route()))
          .addAttributes(string("url.path", path))
          .addAttributes(string("url.scheme", "http"))
          .addAttributes(string("network.protocol.version", "1.1"));
      if (statusCodes) {
        span.addAttributes(integer("http.response.status_code", status));
      }
      if (statusCodes && status >= 500) {
        span.addAttributes(string("error.type", Integer.toString(status)));
      }
    } else {
      rpc(span, endpoint);
      if (statusCodes) {
        span.addAttributes(integer("rpc.grpc.status_code", status));
      }
    }
    span.addAttributes(string("server.address", server.name())).addAttributes(integer("server.port", server.port()));
  }

  /**
   * A client span's attributes; an HTTP {@code status} of 0 means no answer came, and then
   * {@code failure} (non-null) says why; {@code attempt} counts retries from 0. Without
   * {@code statusCodes} (a caller whose instrumentation marks no errors) no status is recorded.
   */
  static void client(Span.Builder span, Endpoint endpoint, ServiceSpec callee, String path, int status,
      Failure failure, int attempt, boolean statusCodes) {
    if (endpoint.protocol() == Protocol.HTTP) {
      span.addAttributes(string("http.request.method", endpoint.method()))
          .addAttributes(string("url.full", "http://" + callee.name() + ":" + callee.port() + path))
          .addAttributes(string("url.template", endpoint.route()));
      if (statusCodes) {
        httpStatus(span, status, failure);
      }
      if (attempt > 0) {
        span.addAttributes(integer("http.request.resend_count", attempt));
      }
    } else {
      rpc(span, endpoint);
      if (statusCodes) {
        span.addAttributes(integer("rpc.grpc.status_code", status));
      }
    }
    span.addAttributes(string("server.address", callee.name()))
        .addAttributes(integer("server.port", callee.port()))
        .addAttributes(string("peer.service", callee.name()));
  }

  /**
   * An external API's client span: the JDK HTTP client names it by method only, having no route.
   * {@code peer.service} is there only when a peer-service mapping names the API other than by its host.
   */
  static void external(Span.Builder span, ExternalTarget api, int status, Failure failure, boolean statusCodes) {
    span.addAttributes(string("http.request.method", api.method()))
        .addAttributes(string("url.full", api.url()));
    if (statusCodes) {
      httpStatus(span, status, failure);
    }
    span.addAttributes(string("server.address", api.address()))
        .addAttributes(integer("server.port", 443));
    if (!api.name().equals(api.address())) {
      span.addAttributes(string("peer.service", api.name()));
    }
  }

  /** A Kafka producer span's attributes. */
  static void producer(Span.Builder span, String topic, int partition, long offset, String key) {
    messaging(span, topic, "publish", "send", partition, offset, key);
  }

  /** A Kafka consumer's process span attributes; the consumer group is the consuming service. */
  static void consumer(Span.Builder span, String topic, String group, int partition, long offset, String key) {
    messaging(span, topic, "process", "process", partition, offset, key);
    span.addAttributes(string("messaging.consumer.group.name", group));
  }

  /** A database client span's attributes, under both the current and the older convention names. */
  static void database(Span.Builder span, QueryTarget query, Datastore store) {
    span.addAttributes(string("db.system.name", store.system()))
        .addAttributes(string("db.system", store.system()));
    if (store.namespace() != null) {
      span.addAttributes(string("db.namespace", store.namespace()));
    }
    span.addAttributes(string("db.operation.name", query.operation()));
    if (query.collection() != null) {
      span.addAttributes(string("db.collection.name", query.collection()));
    }
    span.addAttributes(string("db.query.text", query.statement()))
        .addAttributes(string("server.address", store.address()))
        .addAttributes(integer("server.port", store.port()));
  }

  private static void httpStatus(Span.Builder span, int status, Failure failure) {
    if (status > 0) {
      span.addAttributes(integer("http.response.status_code", status));
    }
    if (status == 0 || status >= 400) {
      span.addAttributes(string("error.type", status == 0 ? failure.type() : Integer.toString(status)));
    }
  }

  private static void messaging(Span.Builder span, String topic, String operation, String type, int partition,
      long offset, String key) {
    span.addAttributes(string("messaging.system", "kafka"))
        .addAttributes(string("messaging.destination.name", topic))
        .addAttributes(string("messaging.operation.name", operation))
        .addAttributes(string("messaging.operation.type", type))
        .addAttributes(string("messaging.destination.partition.id", Integer.toString(partition)))
        .addAttributes(integer("messaging.kafka.offset", offset))
        .addAttributes(string("messaging.kafka.message.key", key));
  }

  private static Span.Builder rpc(Span.Builder span, Endpoint endpoint) {
    return span.addAttributes(string("rpc.system", "grpc"))
        .addAttributes(string("rpc.service", endpoint.route()))
        .addAttributes(string("rpc.method", endpoint.method()));
  }
}
