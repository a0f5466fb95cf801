package dev.rootline.simulator;

import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;

/** The exceptions a caller's client library raises when a call fails, by protocol and datastore. */
final class ClientFailures {
  static final int HTTP_ERROR = 500;
  static final int GRPC_INTERNAL = 13;
  static final int GRPC_UNAVAILABLE = 14;

  private ClientFailures() {}

  /** The callee answered with an error; {@code path} is the URL path that was called. */
  static Failure answered(Endpoint endpoint, ServiceSpec callee, String path, Outcome served) {
    if (endpoint.protocol() == Protocol.GRPC) {
      return new Failure("io.grpc.StatusRuntimeException",
          "INTERNAL: " + served.failure().message());
    }
    return new Failure(
        "org.springframework.web.client.HttpServerErrorException$InternalServerError",
        served.status() + " Internal Server Error on " + endpoint.method() + " request for \"http://"
            + callee.name() + ":" + callee.port() + path + "\"");
  }

  /** No connection could be made. */
  static Failure refused(Endpoint endpoint, ServiceSpec callee) {
    if (endpoint.protocol() == Protocol.GRPC) {
      return new Failure("io.grpc.StatusRuntimeException",
          "UNAVAILABLE: io exception: Connection refused: " + callee.name() + ":" + callee.port());
    }
    return new Failure("java.net.ConnectException",
        "Connection refused: " + callee.name() + ":" + callee.port());
  }

  /** The status a refused call reports: none for HTTP, UNAVAILABLE for gRPC. */
  static int refusedStatus(Endpoint endpoint) {
    return endpoint.protocol() == Protocol.GRPC ? GRPC_UNAVAILABLE : 0;
  }

  /** The status a failed server answers with. */
  static int serverErrorStatus(Endpoint endpoint) {
    return endpoint.protocol() == Protocol.GRPC ? GRPC_INTERNAL : HTTP_ERROR;
  }

  static int okStatus(Endpoint endpoint) {
    return endpoint.protocol() == Protocol.GRPC ? 0 : 200;
  }

  /** A query failed: the driver's timeout exception. */
  static Failure query(Datastore store) {
    if ("redis".equals(store.system())) {
      return new Failure("io.lettuce.core.RedisCommandTimeoutException",
          "Command timed out after 1 second(s)");
    }
    return new Failure("org.postgresql.util.PSQLException",
        "ERROR: canceling statement due to statement timeout");
  }
}
