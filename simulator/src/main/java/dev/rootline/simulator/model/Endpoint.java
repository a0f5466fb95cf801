package dev.rootline.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One operation a service serves: its own processing time, the calls it makes in order, how often
 * it fails on its own, and what it logs on success.
 *
 * @param protocol   HTTP or gRPC
 * @param method     the HTTP method, or the gRPC method name
 * @param route      the HTTP route template, or the fully qualified gRPC service
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

  /** The span name, by which callers name the endpoint: {@code GET /cart} or {@code shop.Svc/Method}. */
  public String name() {
    return protocol == Protocol.HTTP ? method + " " + route : route + "/" + method;
  }

  public Endpoint calling(Call... newCalls) {
    return new Endpoint(protocol, method, route, selfTime, List.of(newCalls), errorRate, failure, successLog);
  }

  public Endpoint failing(double newErrorRate, Failure newFailure) {
    return new Endpoint(protocol, method, route, selfTime, calls, newErrorRate, newFailure, successLog);
  }

  public Endpoint logging(String newSuccessLog) {
    return new Endpoint(protocol, method, route, selfTime, calls, errorRate, failure, newSuccessLog);
  }
}
