package dev.rootline.rca.evidence;

import dev.rootline.core.telemetry.Span;
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
 */
final class TraceFacts {
  private static final String UNKNOWN_CALLEE = "unknown";

  private final List<Span> spans;
  private final Map<Long, List<Span>> children = new HashMap<>();

  private TraceFacts(List<Span> spans) {
    this.spans = spans;
    for (Span span : spans) {
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
      boolean origin = span.isError() && kids.stream().noneMatch(Span::isError);
      if (span.kind().isExit()) {
        Span server = calleeSpan(kids);
        String callee = server != null ? server.resource().service() : calleeName(span);
        Key edge = Key.edge(service, callee);
        Tally t = store.tally(edge, at);
        if (t != null) {
          t.count++;
          t.errors += span.isError() ? 1 : 0;
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
      record(store.tally(Key.service(service), at), span, entry, origin, self);
      String version = span.resource().version();
      if (version != null) {
        record(store.tally(Key.version(service, version), at), span, entry, origin, self);
      }
      if (origin) {
        origins.add(service);
      }
    }
    return origins;
  }

  private static void record(Tally t, Span span, boolean entry, boolean origin, double self) {
    if (t == null) {
      return;
    }
    if (entry) {
      t.count++;
      t.errors += span.isError() ? 1 : 0;
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
