package dev.rootline.ingest.signal;

import java.util.Map;
import java.util.Set;

/**
 * Whether a request metric's point counts failures, read from the semantic-convention attributes
 * instrumentations put on them: {@code error.type}, an HTTP 5xx status, or a gRPC status that
 * means the server failed.
 */
final class ErrorOutcome {
  /** gRPC codes a server reports for its own failures: UNKNOWN, DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, DATA_LOSS. */
  private static final Set<String> GRPC_SERVER_FAILURES = Set.of("2", "4", "12", "13", "14", "15");

  private ErrorOutcome() {}

  static boolean isError(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return false;
    }
    String errorType = attributes.get("error.type");
    if (errorType != null && !errorType.isEmpty()) {
      return true;
    }
    if (isServerError(attributes.get("http.response.status_code"))
        || isServerError(attributes.get("http.status_code"))) {
      return true;
    }
    String grpc = attributes.get("rpc.grpc.status_code");
    return grpc != null && GRPC_SERVER_FAILURES.contains(grpc);
  }

  private static boolean isServerError(String status) {
    return status != null && status.length() == 3 && status.charAt(0) == '5';
  }
}
