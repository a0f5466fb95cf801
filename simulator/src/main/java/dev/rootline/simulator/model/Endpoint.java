package dev.rootline.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One operation a service serves: its own processing time, the calls it makes in order, how often
 * it fails on its own, and what it logs on success.
 *
 * @param protocol   HTTP, gRPC or a Kafka consumer
 * @param method     the HTTP method, the gRPC method name, or {@code process} for a consumer
 * @param route      the HTTP route template, the fully qualified gRPC service, or the consumed topic
 * @param selfTime   the time spent in the service itself, spread around its calls
 * @param calls      the downstream calls, in order
 * @param errorRate  the background probability that a request fails here (0 to 1)
 * @param failure    the exception thrown on such a failure
 * @param successLog an INFO message written on success, with {@code {userId}}, {@code {productId}},
 *                   {@code {orderId}} and {@code {amount}} placeholders; or null for none
 */
public record Endpoint(
    Protocol protocol,
    String method,
    String route,
    Latency selfTime,
    List<Call> calls,
    double errorRate,
    Failure failure,
    String successLog) {

  private static final Failure UNEXPECTED =
      new Failure("java.lang.IllegalStateException", "unexpected internal error");

  public Endpoint {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(selfTime, "selfTime");
    Objects.requireNonNull(failure, "failure");
    calls = List.copyOf(calls);
    if (!(errorRate >= 0 && errorRate <= 1)) {
      throw new IllegalArgumentException("errorRate must be within 0..1, got " + errorRate);
    }
  }

  /** An HTTP endpoint that calls nothing, never fails and logs nothing. */
  public static Endpoint http(String method, String route, Latency selfTime) {
    return new Endpoint(Protocol.HTTP, method, route, selfTime, List.of(), 0, UNEXPECTED, null);
  }

  /** A gRPC endpoint of {@code service} (e.g. {@code shop.CurrencyService}) that calls nothing. */
  public static Endpoint grpc(String service, String method, Latency selfTime) {
    return new Endpoint(Protocol.GRPC, method, service, selfTime, List.of(), 0, UNEXPECTED, null);
  }

  /** A Kafka consumer of {@code topic} that calls nothing; its service consumes in its own group. */
  public static Endpoint consumer(String topic, Latency selfTime) {
    return new Endpoint(Protocol.MESSAGING, "process", topic, selfTime, List.of(), 0, UNEXPECTED, null);
  }

  /**
   * The span name, by which callers name the endpoint: {@code GET /cart}, {@code shop.Svc/Method}
   * or {@code orders process}.
   */
  public String name() {
    return switch (protocol) {
      case HTTP -> method + " " + route;
      case GRPC -> route + "/" + method;
      case MESSAGING -> route + " " + method;
    };
  }

  public Endpoint calling(Call... newCalls) {
    return calling(List.of(newCalls));
  }

  public Endpoint calling(List<Call> newCalls) {
    return new Endpoint(protocol, method, route, selfTime, newCalls, errorRate, failure, successLog);
  }

  public Endpoint failing(double newErrorRate, Failure newFailure) {
    return new Endpoint(protocol, method, route, selfTime, calls, newErrorRate, newFailure, successLog);
  }

  public Endpoint logging(String newSuccessLog) {
    return new Endpoint(protocol, method, route, selfTime, calls, errorRate, failure, newSuccessLog);
  }
}
