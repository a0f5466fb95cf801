package dev.rootline.notifier;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one attempt to deliver a notification.
 *
 * @param kind       delivered, try again, or never
 * @param reference  for {@code DELIVERED}: what the destination calls the message (Slack's
 *                   {@code channel/ts}), so that a later revision can update it; else null
 * @param retryAfter for {@code RETRY}: how long the destination asked us to wait ({@code Retry-After}),
 *                   or null to let the dispatcher back off
 * @param reason     for {@code RETRY} and {@code FAILED}: what went wrong, for people; else empty
 */
public record Outcome(Kind kind, String reference, Duration retryAfter, String reason) {

  /** The three ends of an attempt. */
  public enum Kind { DELIVERED, RETRY, FAILED }

  public Outcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** The destination has the message; {@code reference} may be null. */
  public static Outcome delivered(String reference) {
    return new Outcome(Kind.DELIVERED, reference, null, "");
  }

  /** A passing fault (5xx, timeout, 429): the same request may succeed later. */
  public static Outcome retry(String reason) {
    return new Outcome(Kind.RETRY, null, null, reason);
  }

  /** The destination asked for a pause ({@code Retry-After}) before the next request. */
  public static Outcome retryAfter(Duration wait, String reason) {
    return new Outcome(Kind.RETRY, null, wait, reason);
  }

  /** The request can never succeed as it is (bad token, unknown channel, invalid payload). */
  public static Outcome failed(String reason) {
    return new Outcome(Kind.FAILED, null, null, reason);
  }
}
