package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * The exception an endpoint throws when it fails on its own, as it appears in the span's
 * {@code exception} event and in the error log.
 *
 * @param type    the exception class, e.g. {@code java.net.SocketTimeoutException}
 * @param message the exception message
 */
public record Failure(String type, String message) {
  public Failure {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
  }
}
