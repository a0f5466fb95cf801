package dev.rootline.rca.evidence;

import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an assembled trace down to a {@link TraceSample} of at most {@value TraceSample#MAX_SPANS}
 * spans. When the trace is longer, what tells the story is kept first: the failing spans, the focus
 * service's spans, and the chain of ancestors from each up to the root (a bar without its callers
 * reads as noise); then the earliest of the rest. Kept spans point at their nearest kept ancestor.
 */
final class TraceSampler {
  private TraceSampler() {}

  /** The sample of a non-empty trace; {@code focus} is the service whose spans matter most, or null. */
  static TraceSample sample(List<Span> trace, TraceSample.Role role, String focus) {
    List<Span> ordered = new ArrayList<>(trace);
    ordered.sort(Comparator.comparingLong(Span::startNanos));
    Map<Long, Span> byId = new HashMap<>();
    ordered.forEach(s -> byId.putIfAbsent(s.spanId(), s));
    Set<Span> kept = choose(ordered, byId, focus);
    List<Span> spans = ordered.stream().filter(kept::contains).toList();
    long start = ordered.get(0).startNanos();
    long end = ordered.stream().mapToLong(Span::endNanos).max().orElse(start);
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      index.putIfAbsent(spans.get(i).spanId(), i);
    }
    List<TraceSample.SampleSpan> out = new ArrayList<>(spans.size());
    for (Span span : spans) {
      out.add(new TraceSample.SampleSpan(span.resource().service(), span.name(), keptAncestor(span, byId, index),
          millis(span.startNanos() - start), millis(span.durationNanos()), span.isError(),
          span.attributes().httpStatusCode()));
    }
    Span first = ordered.get(0);
    return new TraceSample(first.traceIdHex(), role, Instant.ofEpochSecond(0, start), millis(end - start),
        trace.size(), out);
  }

  /** The root span of the trace (the earliest when there are several, or none is marked), for its entry operation. */
  static Span root(List<Span> trace) {
    Span root = null;
    for (Span span : trace) {
      boolean better = root == null || span.isRoot() && !root.isRoot()
          || span.isRoot() == root.isRoot() && span.startNanos() < root.startNanos();
      if (better) {
        root = span;
      }
    }
    return root;
  }

  private static Set<Span> choose(List<Span> ordered, Map<Long, Span> byId, String focus) {
    Set<Span> kept = Collections.newSetFromMap(new IdentityHashMap<>()); // spans compared by identity: cheap
    List<Span> telling = new ArrayList<>();
    telling.add(root(ordered));
    ordered.stream().filter(Span::isError).forEach(telling::add);
    ordered.stream().filter(s -> s.resource().service().equals(focus)).forEach(telling::add);
    for (Span span : telling) {
      List<Span> chain = chain(span, byId);
      if (kept.size() + chain.stream().filter(s -> !kept.contains(s)).count() <= TraceSample.MAX_SPANS) {
        kept.addAll(chain);
      }
    }
    for (Span span : ordered) {
      if (kept.size() == TraceSample.MAX_SPANS) {
        break;
      }
      kept.add(span);
    }
    return kept;
  }

  /** The span and its ancestors up to the root; a parent cycle (bad input) ends the chain. */
  private static List<Span> chain(Span span, Map<Long, Span> byId) {
    List<Span> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Span s = span; s != null && seen.add(s.spanId()); s = s.isRoot() ? null : byId.get(s.parentSpanId())) {
      chain.add(s);
    }
    return chain;
  }

  private static int keptAncestor(Span span, Map<Long, Span> byId, Map<Long, Integer> index) {
    Set<Long> seen = new HashSet<>();
    seen.add(span.spanId());
    for (Span s = parent(span, byId); s != null && seen.add(s.spanId()); s = parent(s, byId)) {
      Integer at = index.get(s.spanId());
      if (at != null) {
        return at;
      }
    }
    return -1;
  }

  private static Span parent(Span span, Map<Long, Span> byId) {
    return span.isRoot() ? null : byId.get(span.parentSpanId());
  }

  /** Milliseconds to a tenth: finer reads no better on a waterfall and costs report bytes. */
  private static double millis(long nanos) {
    return Math.round(Math.max(0, nanos) / 100_000.0) / 10.0;
  }
}
