package dev.rootline.simulator;

import dev.rootline.simulator.model.Failure;

/**
 * How a request or call ended, as seen by whoever made it.
 *
 * @param endNanos when it returned
 * @param status   the HTTP status or gRPC status code; 0 when no answer came
 * @param failure  the exception it raised, or null when it succeeded
 */
record Outcome(long endNanos, int status, Failure failure) {
  boolean failed() {
    return failure != null;
  }
}
