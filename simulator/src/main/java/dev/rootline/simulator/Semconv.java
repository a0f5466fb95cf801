package dev.rootline.simulator;

import static dev.rootline.simulator.Attributes.integer;
import static dev.rootline.simulator.Attributes.string;

import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceSpec;
import io.opentelemetry.proto.trace.v1.Span;

/** Span attributes after the OpenTelemetry semantic conventions for HTTP, gRPC and databases. */
final class Semconv {
  private Semconv() {}

  /** A server span's attributes; {@code path} is the route with its parameters filled in. */
  static void server(Span.Builder span, Endpoint endpoint, ServiceSpec server, String path, int status) {
    if (endpoint.protocol() == Protocol.HTTP) {
      span.addAttributes(string("http.request.method", endpoint.method()))
          .addAttributes(string("http.route", endpoint.route()))
          .addAttributes(string("url.path", path))
          .addAttributes(string("url.scheme", "http"))
          .addAttributes(string("network.protocol.version", "1.1"))
          .addAttributes(integer("http.response.status_code", status));
      if (status >= 500) {
        span.addAttributes(string("error.type", Integer.toString(status)));
      }
    } else {
      rpc(span, endpoint).addAttributes(integer("rpc.grpc.status_code", status));
    }
    span.addAttributes(string("server.address", server.name())).addAttributes(integer("server.port", server.port()));
  }

  /** A client span's attributes; an HTTP {@code status} of 0 means no answer came (connection failed). */
  static void client(Span.Builder span, Endpoint endpoint, ServiceSpec callee, String path, int status) {
    if (endpoint.protocol() == Protocol.HTTP) {
      span.addAttributes(string("http.request.method", endpoint.method()))
          .addAttributes(string("url.full", "http://" + callee.name() + ":" + callee.port() + path))
          .addAttributes(string("url.template", endpoint.route()));
      if (status > 0) {
        span.addAttributes(integer("http.response.status_code", status));
      }
      if (status == 0 || status >= 400) {
        span.addAttributes(string("error.type", status == 0 ? "java.net.ConnectException" : Integer.toString(status)));
      }
    } else {
      rpc(span, endpoint).addAttributes(integer("rpc.grpc.status_code", status));
    }
    span.addAttributes(string("server.address", callee.name()))
        .addAttributes(integer("server.port", callee.port()))
        .addAttributes(string("peer.service", callee.name()));
  }

  /** A database client span's attributes, under both the current and the older convention names. */
  static void database(Span.Builder span, QueryTarget query, Datastore store) {
    span.addAttributes(string("db.system.name", store.system()))
        .addAttributes(string("db.system", store.system()))
        .addAttributes(string("db.namespace", store.namespace()))
        .addAttributes(string("db.operation.name", query.operation()));
    if (query.collection() != null) {
      span.addAttributes(string("db.collection.name", query.collection()));
    }
    span.addAttributes(string("db.query.text", query.statement()))
        .addAttributes(string("server.address", store.address()))
        .addAttributes(integer("server.port", store.port()));
  }

  private static Span.Builder rpc(Span.Builder span, Endpoint endpoint) {
    return span.addAttributes(string("rpc.system", "grpc"))
        .addAttributes(string("rpc.service", endpoint.route()))
        .addAttributes(string("rpc.method", endpoint.method()));
  }
}
