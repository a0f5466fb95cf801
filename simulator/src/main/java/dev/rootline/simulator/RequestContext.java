package dev.rootline.simulator;

import java.util.random.RandomGenerator;

/** The business values one user request carries, for URL paths and log messages. */
final class RequestContext {
  private static final int PRODUCTS = 40;

  private final String userId;
  private final String productId;
  private final String orderId;
  private final String amount;

  private RequestContext(String userId, String productId, String orderId, String amount) {
    this.userId = userId;
    this.productId = productId;
    this.orderId = orderId;
    this.amount = amount;
  }

  static RequestContext random(RandomGenerator random) {
    long cents = 500 + random.nextInt(40_000);
    return new RequestContext(
        "u" + (100_000 + random.nextInt(900_000)),
        "P" + (1000 + random.nextInt(PRODUCTS)),
        Long.toHexString(random.nextLong() | Long.MIN_VALUE),
        cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100);
  }

  /** The order this request places or reads, also the key of the messages it publishes. */
  String orderId() {
    return orderId;
  }

  /**
   * Replaces {@code {id}}/{@code {productId}}, {@code {userId}}, {@code {orderId}} and {@code {amount}},
   * and their names in the ride system: {@code {riderId}}, {@code {tripId}}/{@code {rideId}}, {@code {fare}}.
   */
  String render(String template) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      out.append(template, from, open).append(value(template.substring(open + 1, close)));
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return out.append(template, from, template.length()).toString();
  }

  private String value(String name) {
    return switch (name) {
      case "id", "productId" -> productId;
      case "userId", "riderId" -> userId;
      case "orderId", "tripId", "rideId" -> orderId;
      case "amount", "fare" -> amount;
      default -> "{" + name + "}";
    };
  }
}
