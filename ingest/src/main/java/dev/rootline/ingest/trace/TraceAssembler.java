package dev.rootline.ingest.trace;

import dev.rootline.core.telemetry.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers spans by trace id and hands a trace on once no span of it has ended for a quiet period
 * of event time. Bounded: past {@code maxOpenTraces} the least recently extended trace is handed on
 * early, and spans beyond {@code maxSpansPerTrace} are dropped; both are counted. Spans of a trace
 * already handed on start a new fragment. Not thread-safe.
 */
public final class TraceAssembler {
  private final long quietNanos;
  private final int maxOpenTraces;
  private final int maxSpansPerTrace;
  // Access order: the least recently extended trace comes first, so completion scans stop early.
  private final Map<TraceKey, OpenTrace> open = new LinkedHashMap<>(1024, 0.75f, true);
  private long evicted;
  private long droppedSpans;

  public TraceAssembler(Duration quiet, int maxOpenTraces, int maxSpansPerTrace) {
    if (quiet.isNegative() || maxOpenTraces < 1 || maxSpansPerTrace < 1) {
      throw new IllegalArgumentException("quiet >= 0, maxOpenTraces >= 1 and maxSpansPerTrace >= 1 are required");
    }
    this.quietNanos = quiet.toNanos();
    this.maxOpenTraces = maxOpenTraces;
    this.maxSpansPerTrace = maxSpansPerTrace;
  }

  /** An assembler for the service: 10 s quiet, 50,000 open traces, 2,000 spans per trace. */
  public static TraceAssembler standard() {
    return new TraceAssembler(Duration.ofSeconds(10), 50_000, 2_000);
  }

  /** Adds spans; returns the traces pushed out early to stay within bounds (usually none). */
  public List<List<Span>> addAll(List<Span> spans) {
    List<List<Span>> early = new ArrayList<>(0);
    OpenTrace trace = null;
    for (Span span : spans) {
      // A Collector partitioning by trace id sends a trace's spans together: the previous span's
      // trace is looked up once, and it is already the most recently extended.
      if (trace == null || !trace.key.holds(span)) {
        trace = openFor(new TraceKey(span.traceIdHigh(), span.traceIdLow()), early);
      }
      if (trace.spans.size() < maxSpansPerTrace) {
        trace.spans.add(span);
        trace.lastEndNanos = Math.max(trace.lastEndNanos, span.endNanos());
      } else {
        droppedSpans++;
      }
    }
    return early;
  }

  /** Hands on every trace quiet since {@code quietNanos} before the watermark, least recent first. */
  public List<List<Span>> advanceTo(long watermarkMillis) {
    long cutoff = watermarkMillis * 1_000_000 - quietNanos;
    List<List<Span>> done = new ArrayList<>();
    Iterator<OpenTrace> it = open.values().iterator();
    while (it.hasNext()) {
      OpenTrace trace = it.next();
      if (trace.lastEndNanos > cutoff) {
        break;
      }
      done.add(trace.spans);
      it.remove();
    }
    return done;
  }

  public int openTraces() {
    return open.size();
  }

  /** Traces handed on early because too many were open. */
  public long evicted() {
    return evicted;
  }

  /** Spans dropped because their trace was full. */
  public long droppedSpans() {
    return droppedSpans;
  }

  private OpenTrace openFor(TraceKey key, List<List<Span>> early) {
    OpenTrace trace = open.get(key);
    if (trace == null) {
      if (open.size() >= maxOpenTraces) {
        early.add(evictEldest());
      }
      trace = new OpenTrace(key);
      open.put(key, trace);
    }
    return trace;
  }

  private List<Span> evictEldest() {
    Iterator<OpenTrace> it = open.values().iterator();
    OpenTrace eldest = it.next();
    it.remove();
    evicted++;
    return eldest.spans;
  }

  private record TraceKey(long high, long low) {
    boolean holds(Span span) {
      return span.traceIdLow() == low && span.traceIdHigh() == high;
    }
  }

  private static final class OpenTrace {
    final TraceKey key;
    final List<Span> spans = new ArrayList<>(8);
    long lastEndNanos = Long.MIN_VALUE;

    OpenTrace(TraceKey key) {
      this.key = key;
    }
  }
}
