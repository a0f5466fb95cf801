package dev.rootline.ingest.logs;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import java.util.Map;

/** Named log lines, as Java, Go and Python services write them, and a log record builder. */
final class LogLines {
  static final String DB_TIMEOUT_3 = "Connection to db-3 timed out after 3000 ms";
  static final String DB_TIMEOUT_7 = "Connection to db-7 timed out after 2500 ms";
  static final String CHECKOUT_DECLINED_1234 = "user 1234 checkout failed: card declined";
  static final String CHECKOUT_DECLINED_98 = "user 98 checkout failed: card declined";
  static final String POOL_EXHAUSTED =
      "java.lang.IllegalStateException: Connection pool exhausted (active=50, idle=0)";
  static final String NPE = "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke"
      + " \"String.length()\" because \"<local1>\" is null";
  static final String NPE_WITH_STACK = NPE + "\n\tat com.shop.cart.CartService.total(CartService.java:42)"
      + "\n\tat com.shop.cart.CartController.get(CartController.java:17)";
  static final String PY_TRACEBACK = "Traceback (most recent call last):";
  static final String PY_KEY_ERROR = "KeyError: 'user_id'";
  static final String GO_PANIC = "panic: runtime error: index out of range [5] with length 3";
  static final String GO_GOROUTINE = "goroutine 42 [running]:";
  static final String GO_DIAL = "level=error ts=2026-03-02T10:15:00Z msg=\"dial tcp 10.0.0.5:5432: connect:"
      + " connection refused\" component=db";
  static final String JSON_PAYMENT_8812 = "{\"level\":\"error\",\"msg\":\"payment failed\",\"order\":\"ord-8812\","
      + "\"latency\":\"35ms\"}";
  static final String JSON_PAYMENT_9913 = "{\"level\":\"error\",\"msg\":\"payment failed\",\"order\":\"ord-9913\","
      + "\"latency\":\"41ms\"}";
  static final String ORDERS_GET_12345 = "GET /api/orders/12345/items took 12ms status=200";
  static final String ORDERS_GET_777 = "GET /api/orders/777/items took 1.2s status=200";
  static final String POD_RESTART_1 = "worker pod cart-7f9c8d-x2k4p restarted 3 times";
  static final String POD_RESTART_2 = "worker pod cart-5d4b2a-q9z8w restarted 1 times";
  static final String REQUEST_FROM = "request 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f from 10.0.3.17:51234 rejected";
  static final String PAYMENT_WITH_SECRETS = "payment for bob@example.com with card 4111 1111 1111 1111 failed:"
      + " token=abc123 password=\"hunter 2\"";

  static final int INFO = 9;
  static final int ERROR = 17;
  static final int UNSET = 0;

  private LogLines() {}

  /** A log of the service at {@code minute:second} of event time (epoch minutes), with no attributes. */
  static LogRecord log(String service, long minute, int second, int severity, String body) {
    long millis = minute * 60_000 + second * 1_000L;
    return new LogRecord(Resource.of(service, "1.0"), millis * 1_000_000, severity, null, body, 0, 0, 0, Map.of());
  }
}
