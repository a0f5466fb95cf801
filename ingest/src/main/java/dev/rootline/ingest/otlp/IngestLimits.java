package dev.rootline.ingest.otlp;

import java.time.Duration;
import java.time.Instant;

/**
 * Bounds on one OTLP record, so that a broken or hostile sender cannot exhaust memory or put
 * absurd times into the windows.
 *
 * @param maxRecordBytes       the largest record accepted, in bytes
 * @param maxItemsPerRecord    the most spans, data points or log records one record may hold
 * @param maxStringLength      longer strings are cut to this many characters, not rejected
 * @param earliestNanos        the earliest accepted timestamp, epoch nanoseconds
 * @param latestNanos          the latest accepted timestamp, epoch nanoseconds (exclusive)
 * @param maxSpanDurationNanos the longest accepted span
 */
public record IngestLimits(
    int maxRecordBytes,
    int maxItemsPerRecord,
    int maxStringLength,
    long earliestNanos,
    long latestNanos,
    long maxSpanDurationNanos) {

  /** 16 MiB, 100,000 items, 4096 characters, times in 2000..2100, spans up to 24 hours. */
  public static final IngestLimits DEFAULTS = new IngestLimits(
      16 << 20,
      100_000,
      4096,
      nanos(Instant.parse("2000-01-01T00:00:00Z")),
      nanos(Instant.parse("2100-01-01T00:00:00Z")),
      Duration.ofHours(24).toNanos());

  public IngestLimits {
    if (maxRecordBytes <= 0 || maxItemsPerRecord <= 0 || maxStringLength <= 0
        || maxSpanDurationNanos <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
    if (earliestNanos >= latestNanos) {
      throw new IllegalArgumentException("earliestNanos must be before latestNanos");
    }
  }

  /** The string cut to {@link #maxStringLength} characters, never splitting a surrogate pair. */
  public String truncate(String text) {
    if (text == null || text.length() <= maxStringLength) {
      return text;
    }
    int end = maxStringLength;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L;
  }
}
