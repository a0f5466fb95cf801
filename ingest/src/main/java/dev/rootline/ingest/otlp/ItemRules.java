package dev.rootline.ingest.otlp;

import java.time.Duration;
import java.time.Instant;

/**
 * What makes a span, data point or log record acceptable. The decoders (which reject a whole
 * record) and the partial filter (which drops single items) both ask here, so they cannot drift.
 * Each check returns a problem in words, or null when the item is fine; positions are worded here too
 * so that a sender reads the same text from the dead-letter topic and from a partial success.
 */
final class ItemRules {
  private final IngestLimits limits;

  ItemRules(IngestLimits limits) {
    this.limits = limits;
  }

  IngestLimits limits() {
    return limits;
  }

  /** Rejects records above the size limit before any parsing work is spent on them. */
  void checkSize(byte[] record) {
    if (record.length > limits.maxRecordBytes()) {
      throw new InvalidRecordException("record of " + record.length + " bytes exceeds the limit of "
          + limits.maxRecordBytes() + " bytes");
    }
  }

  /** The message for a record holding more items than allowed. */
  String tooManyItems(String items) {
    return "more than " + limits.maxItemsPerRecord() + " " + items + " in one record";
  }

  String spanProblem(int traceIdBytes, boolean traceIdZero, int spanIdBytes, boolean spanIdZero,
      int parentIdBytes, long startNanos, long endNanos) {
    String problem = spanIdProblem(traceIdBytes, traceIdZero, spanIdBytes, spanIdZero, parentIdBytes);
    return problem != null ? problem : spanTimeProblem(startNanos, endNanos);
  }

  String pointProblem(String metricName, long timeNanos) {
    return metricName.isEmpty() ? "metric without a name" : timeProblem("time", timeNanos);
  }

  String logProblem(long timeNanos, long observedNanos, int traceIdBytes, int spanIdBytes) {
    if (timeNanos == 0 && observedNanos == 0) {
      return "neither time nor observed time set";
    }
    if (traceIdBytes != 0 && traceIdBytes != 16) {
      return "trace id must be 16 bytes or empty, got " + traceIdBytes;
    }
    if (spanIdBytes != 0 && spanIdBytes != 8) {
      return "span id must be 8 bytes or empty, got " + spanIdBytes;
    }
    return timeProblem(timeNanos != 0 ? "time" : "observed time", logTime(timeNanos, observedNanos));
  }

  static String spanAt(int spanNumber, int resourceNumber) {
    return "span " + spanNumber + " of resource " + resourceNumber;
  }

  static String pointAt(int pointNumber, int metricNumber, int resourceNumber) {
    return "data point " + pointNumber + " of metric " + metricNumber + " of resource " + resourceNumber;
  }

  static String logAt(int logNumber, int resourceNumber) {
    return "log record " + logNumber + " of resource " + resourceNumber;
  }

  /** A log's own time, or the time the collector observed it when the emitter gave none. */
  static long logTime(long timeNanos, long observedNanos) {
    return timeNanos != 0 ? timeNanos : observedNanos;
  }

  private static String spanIdProblem(int traceIdBytes, boolean traceIdZero, int spanIdBytes,
      boolean spanIdZero, int parentIdBytes) {
    if (traceIdBytes != 16) {
      return "trace id must be 16 bytes, got " + traceIdBytes;
    }
    if (traceIdZero) {
      return "trace id is all zeros";
    }
    if (spanIdBytes != 8) {
      return "span id must be 8 bytes, got " + spanIdBytes;
    }
    if (spanIdZero) {
      return "span id is all zeros";
    }
    if (parentIdBytes != 0 && parentIdBytes != 8) {
      return "parent span id must be 8 bytes or empty, got " + parentIdBytes;
    }
    return null;
  }

  private String spanTimeProblem(long startNanos, long endNanos) {
    String problem = timeProblem("start time", startNanos);
    if (problem == null) {
      problem = timeProblem("end time", endNanos);
    }
    if (problem == null && endNanos < startNanos) {
      problem = "end time before start time";
    }
    if (problem == null && endNanos - startNanos > limits.maxSpanDurationNanos()) {
      problem = "span lasts " + Duration.ofNanos(endNanos - startNanos) + ", longer than the limit of "
          + Duration.ofNanos(limits.maxSpanDurationNanos());
    }
    return problem;
  }

  private String timeProblem(String what, long nanos) {
    if (nanos == 0) {
      return what + " missing";
    }
    if (nanos < limits.earliestNanos() || nanos >= limits.latestNanos()) {
      return what + " " + instant(nanos) + " outside the accepted range " + instant(limits.earliestNanos())
          + " to " + instant(limits.latestNanos());
    }
    return null;
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }
}
