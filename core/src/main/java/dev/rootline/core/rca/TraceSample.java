package dev.rootline.core.rca;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bounded copy of one example trace, taken when the report was written, so that the incident page
 * can draw its waterfall after the trace has aged out: a failing trace through the suspected cause
 * beside a normal one of the same entry operation.
 *
 * @param traceId        the trace id as 32 hex digits, to look the whole trace up elsewhere
 * @param role           whether this is the failing example or the normal one
 * @param start          when the trace's first span began
 * @param durationMillis from the first span's start to the last span's end
 * @param spanCount      spans in the whole trace; more than {@code spans.size()} when cut to the bound
 * @param spans          at most {@value #MAX_SPANS} spans in start order
 */
public record TraceSample(String traceId, Role role, Instant start, double durationMillis, int spanCount,
    List<SampleSpan> spans) {

  /** The most spans a sample keeps: enough for a readable waterfall, small enough for the report. */
  public static final int MAX_SPANS = 60;

  /** Why the trace was chosen. */
  public enum Role {
    /** A trace in which a failure began in the suspected cause. */
    FAILING,
    /** A trace of the same entry operation in which nothing failed, from before the onset when one was kept. */
    NORMAL
  }

  /**
   * One span of the sample.
   *
   * @param service        the emitting service
   * @param name           the span name, redacted
   * @param parent         the index in {@code spans} of the nearest kept ancestor, -1 for none
   * @param startMillis    start, milliseconds after the trace's start
   * @param durationMillis the span's duration in milliseconds
   * @param error          whether the span failed
   * @param httpStatus     the HTTP status code the span recorded, 0 when none
   */
  public record SampleSpan(String service, String name, int parent, double startMillis, double durationMillis,
      boolean error, int httpStatus) {
    public SampleSpan {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(name, "name");
    }
  }

  public TraceSample {
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    spans = List.copyOf(spans);
    if (spans.size() > MAX_SPANS) {
      throw new IllegalArgumentException("a sample keeps at most " + MAX_SPANS + " spans, not " + spans.size());
    }
  }
}
