package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.*;

import dev.rootline.core.telemetry.ExceptionEvent;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one span (and of its resource) while a reader collects them, in whatever order the
 * wire has them. Both span readers fill one; it turns the fields into records and applies the
 * shared rules. Reused from span to span, so it is owned by one reader.
 */
final class SpanDraft {
  final ItemRules rules;
  private final String[] resourceValues = new String[RESOURCE_SLOTS];
  private final String[] values = new String[SPAN_SLOTS];
  private boolean anyAttribute;
  private int httpStatus;
  private int httpStatusOld;
  private List<ExceptionEvent> exceptions;
  private String exceptionType;
  private String exceptionMessage;

  private int traceIdBytes;
  private long traceIdHigh;
  private long traceIdLow;
  private int spanIdBytes;
  private long spanId;
  private int parentIdBytes;
  private long parentSpanId;
  String name;
  int kind;
  long startNanos;
  long endNanos;
  int statusCode;
  String statusMessage;

  SpanDraft(ItemRules rules) {
    this.rules = rules;
  }

  void startResource() {
    Arrays.fill(resourceValues, null);
  }

  Resource resource() {
    return Resources.of(resourceValues);
  }

  /** The resource's attribute values by slot, as collected so far (the draft's own array). */
  String[] resourceValues() {
    return resourceValues;
  }

  void startSpan() {
    traceIdBytes = spanIdBytes = parentIdBytes = kind = statusCode = httpStatus = httpStatusOld = 0;
    traceIdHigh = traceIdLow = spanId = parentSpanId = startNanos = endNanos = 0;
    name = "";
    statusMessage = null;
    exceptions = null;
    if (anyAttribute) {
      Arrays.fill(values, null);
      anyAttribute = false;
    }
  }

  /** A trace id of {@code bytes} bytes, read into {@code id[0..1]} when it has 16. */
  void traceId(int bytes, long[] id) {
    traceIdBytes = bytes;
    traceIdHigh = bytes == 16 ? id[0] : 0;
    traceIdLow = bytes == 16 ? id[1] : 0;
  }

  /** A span id of {@code bytes} bytes, read into {@code id[0]} when it has 8. */
  void spanId(int bytes, long[] id) {
    spanIdBytes = bytes;
    spanId = bytes == 8 ? id[0] : 0;
  }

  /** A parent span id of {@code bytes} bytes, read into {@code id[0]} when it has 8. */
  void parentSpanId(int bytes, long[] id) {
    parentIdBytes = bytes;
    parentSpanId = bytes == 8 ? id[0] : 0;
  }

  void startEvent() {
    exceptionType = exceptionMessage = null;
  }

  /** Keeps the event if it is an {@code exception} event; other events do not matter to RCA. */
  void endEvent(String eventName, long timeNanos) {
    if ("exception".equals(eventName)) {
      if (exceptions == null) {
        exceptions = new ArrayList<>(2);
      }
      exceptions.add(new ExceptionEvent(timeNanos, exceptionType, exceptionMessage));
    }
  }

  /** A string attribute value for the slot of its key; empty strings count as absent. */
  void text(int scope, int slot, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (scope == RESOURCE) {
      resourceValues[slot] = value;
    } else if (scope == EVENT) {
      if (slot == EXCEPTION_TYPE) {
        exceptionType = value;
      } else {
        exceptionMessage = value;
      }
    } else if (isStatusCode(slot)) {
      integer(scope, slot, parseStatus(value));
    } else {
      values[slot] = value;
      anyAttribute = true;
    }
  }

  /** An integer attribute value; only HTTP status codes are read as integers. */
  void integer(int scope, int slot, long value) {
    if (scope != SPAN || !isStatusCode(slot) || value <= 0 || value >= 1000) {
      return;
    }
    if (slot == HTTP_STATUS) {
      httpStatus = (int) value;
    } else {
      httpStatusOld = (int) value;
    }
    anyAttribute = true;
  }

  /**
   * The finished span, after the shared rules.
   *
   * @throws InvalidRecordException naming the span's position when a rule rejects it
   */
  Span span(Resource resource, int spanNumber, int resourceNumber) {
    String problem = rules.spanProblem(traceIdBytes, traceIdHigh == 0 && traceIdLow == 0,
        spanIdBytes, spanId == 0, parentIdBytes, startNanos, endNanos);
    if (problem != null) {
      throw new InvalidRecordException(ItemRules.spanAt(spanNumber, resourceNumber) + ": " + problem);
    }
    return new Span(resource, traceIdHigh, traceIdLow, spanId, parentSpanId, name,
        SpanKind.ofOtlp(kind), startNanos, endNanos, SpanStatus.ofOtlp(statusCode), statusMessage,
        attributes(), exceptions == null ? List.of() : List.copyOf(exceptions));
  }

  private SpanAttributes attributes() {
    if (!anyAttribute) {
      return SpanAttributes.NONE;
    }
    String[] v = values;
    return new SpanAttributes(
        or(v[HTTP_METHOD], v[HTTP_METHOD_OLD]),
        v[HTTP_ROUTE],
        httpStatus != 0 ? httpStatus : httpStatusOld,
        or(v[PEER_SERVICE], or(v[SERVER_ADDRESS], v[NET_PEER_NAME])),
        or(v[DB_SYSTEM], v[DB_SYSTEM_OLD]),
        or(v[DB_NAMESPACE], v[DB_NAME]),
        v[MESSAGING_SYSTEM],
        or(v[MESSAGING_DESTINATION], v[MESSAGING_DESTINATION_OLD]),
        v[RPC_SERVICE]);
  }

  private static String or(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static int parseStatus(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0; // a status code that is not a number tells nothing; the span itself is fine
    }
  }
}
