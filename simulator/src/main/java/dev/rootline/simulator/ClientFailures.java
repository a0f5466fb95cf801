package dev.rootline.simulator;

import dev.rootline.simulator.model.Datastore;
import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;
import java.util.Locale;

/** The exceptions a caller's client library raises when a call fails, by protocol and datastore. */
final class ClientFailures {
  static final int HTTP_ERROR = 500;
  static final int GRPC_DEADLINE_EXCEEDED = 4;
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

  /** The client gave up waiting after {@code timeoutMillis}. */
  static Failure timedOut(Endpoint endpoint, double timeoutMillis) {
    if (endpoint.protocol() == Protocol.GRPC) {
      return new Failure("io.grpc.StatusRuntimeException",
          String.format(Locale.ROOT, "DEADLINE_EXCEEDED: deadline exceeded after %.3fs", timeoutMillis / 1000));
    }
    return new Failure("java.net.http.HttpTimeoutException", "request timed out");
  }

  /** The status a timed-out call reports: none for HTTP, DEADLINE_EXCEEDED for gRPC. */
  static int timedOutStatus(Endpoint endpoint) {
    return endpoint.protocol() == Protocol.GRPC ? GRPC_DEADLINE_EXCEEDED : 0;
  }

  /** Whether a call with this status got no answer, so that its client records an exception. */
  static boolean unanswered(int status) {
    return status == 0 || status == GRPC_UNAVAILABLE || status == GRPC_DEADLINE_EXCEEDED;
  }

  /** No connection could be made to an external API. */
  static Failure refused(String address) {
    return new Failure("java.net.ConnectException", "Connection refused: " + address + ":443");
  }

  /** HikariCP found no free connection within its timeout. */
  static Failure poolTimeout(long timeoutMillis) {
    return new Failure("java.sql.SQLTransientConnectionException",
        "HikariPool-1 - Connection is not available, request timed out after " + timeoutMillis + "ms.");
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
    return switch (store.system()) {
      case "redis" -> new Failure("io.lettuce.core.RedisCommandTimeoutException",
          "Command timed out after 1 second(s)");
      case "mysql" -> new Failure("com.mysql.cj.jdbc.exceptions.MySQLTimeoutException",
          "Statement cancelled due to timeout or client request");
      case "mongodb" -> new Failure("com.mongodb.MongoExecutionTimeoutException",
          "Command failed with error 50 (MaxTimeMSExpired): 'operation exceeded time limit'");
      case "memcached" -> new Failure("net.spy.memcached.OperationTimeoutException",
          "Timeout waiting for value: waited 1000 ms");
      default -> new Failure("org.postgresql.util.PSQLException",
          "ERROR: canceling statement due to statement timeout");
    };
  }
}
