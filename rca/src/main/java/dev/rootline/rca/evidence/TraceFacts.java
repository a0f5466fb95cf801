package dev.rootline.rca.evidence;

import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one assembled trace into evidence tallies: requests, errors and latency per service and
 * version; each service's self time (its spans' time not covered by their children); calls per
 * edge with the time the callee's own span does not explain (the network, or an uninstrumented
 * dependency); and where each failure began: the failing span none of whose children failed.
 * A server span that says nothing of its outcome (status unset, no HTTP code of its own) failed
 * when its caller received an HTTP 5xx from it: many services record their errors only in logs.
 */
final class TraceFacts {
  private static final String UNKNOWN_CALLEE = "unknown";

  private final List<Span> spans;
  private final Map<Long, List<Span>> children = new HashMap<>();
  private final Map<Long, Span> byId = new HashMap<>();

  private TraceFacts(List<Span> spans) {
    this.spans = spans;
    for (Span span : spans) {
      byId.put(span.spanId(), span);
      if (!span.isRoot()) {
        children.computeIfAbsent(span.parentSpanId(), id -> new ArrayList<>(2)).add(span);
      }
    }
  }

  /** Records the trace's facts in {@code store}; returns the services where a failure began. */
  static Set<String> record(List<Span> trace, EvidenceStore store) {
    return new TraceFacts(trace).record(store);
  }

  private Set<String> record(EvidenceStore store) {
    Set<String> origins = new HashSet<>(2);
    for (Span span : spans) {
      long at = span.startNanos() / 1_000_000;
      String service = span.resource().service();
      List<Span> kids = children.getOrDefault(span.spanId(), List.of());
      boolean failed = failed(span);
      boolean origin = failed && kids.stream().noneMatch(this::failed);
      if (span.kind().isExit()) {
        Span server = calleeSpan(kids);
        String callee = server != null ? server.resource().service() : calleeName(span);
        Key edge = Key.edge(service, callee);
        Tally t = store.tally(edge, at);
        if (t != null) {
          t.count++;
          t.errors += failed ? 1 : 0;
          t.origins += origin ? 1 : 0;
          t.sum += millis(span.durationNanos());
          t.selfSum += millis(server == null ? span.durationNanos() : span.durationNanos() - server.durationNanos());
        }
        if (origin) {
          origins.add(service);
          if (server != null) {
            // The callee answered, yet the call failed: the caller gave up (a timeout) or the way
            // between failed. The failure began in the caller's own span.
            countOrigin(store.tally(Key.service(service), at));
            String version = span.resource().version();
            if (version != null) {
              countOrigin(store.tally(Key.version(service, version), at));
            }
          }
        }
        continue;
      }
      double self = millis(span.durationNanos() - covered(span, kids));
      boolean entry = span.kind().isEntry() || span.isRoot();
      record(store.tally(Key.service(service), at), span, entry, failed, origin, self);
      String version = span.resource().version();
      if (version != null) {
        record(store.tally(Key.version(service, version), at), span, entry, failed, origin, self);
      }
      if (origin) {
        origins.add(service);
      }
    }
    return origins;
  }

  /** The span's own verdict, or for a server span that gives none, the HTTP answer its caller got. */
  private boolean failed(Span span) {
    if (span.isError()) {
      return true;
    }
    if (!span.kind().isEntry() || span.status() != SpanStatus.UNSET || span.attributes().httpStatusCode() != 0) {
      return false;
    }
    Span call = byId.get(span.parentSpanId());
    int answer = call == null || !call.kind().isExit() ? 0 : call.attributes().httpStatusCode();
    return answer >= 500 && answer < 600;
  }

  private static void record(Tally t, Span span, boolean entry, boolean failed, boolean origin, double self) {
    if (t == null) {
      return;
    }
    if (entry) {
      t.count++;
      t.errors += failed ? 1 : 0;
      t.sum += millis(span.durationNanos());
    }
    t.origins += origin ? 1 : 0;
    t.selfSum += self;
  }

  private static void countOrigin(Tally t) {
    if (t != null) {
      t.origins++;
    }
  }

  /** The callee's own span among a call's children: one of another service, else none. */
  private static Span calleeSpan(List<Span> kids) {
    for (Span kid : kids) {
      if (kid.kind().isEntry()) {
        return kid;
      }
    }
    return null;
  }

  private static String calleeName(Span span) {
    String callee = span.attributes().callee();
    return callee == null ? UNKNOWN_CALLEE : callee;
  }

  /** Nanoseconds of the span covered by the union of its children, clipped to the span. */
  private static long covered(Span span, List<Span> kids) {
    if (kids.isEmpty()) {
      return 0;
    }
    List<long[]> intervals = new ArrayList<>(kids.size());
    for (Span kid : kids) {
      long from = Math.max(kid.startNanos(), span.startNanos());
      long to = Math.min(kid.endNanos(), span.endNanos());
      if (to > from) {
        intervals.add(new long[] {from, to});
      }
    }
    intervals.sort((a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long end = Long.MIN_VALUE;
    for (long[] iv : intervals) {
      if (iv[1] <= end) {
        continue;
      }
      total += iv[1] - Math.max(iv[0], end);
      end = iv[1];
    }
    return total;
  }

  private static double millis(long nanos) {
    return Math.max(0, nanos) / 1e6;
  }
}
