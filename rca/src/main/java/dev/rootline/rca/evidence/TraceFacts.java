package dev.rootline.rca.evidence;

import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanStatus;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Traces up to this many spans are linked by scanning, larger ones through maps. */
  private static final int SCAN_LIMIT = 32;
  private static final int[] NONE = new int[0];

  private final List<Span> spans;
  /** Per span (by index in the trace): the index of the span its parent id names (the last, if ids repeat), or -1. */
  private final int[] parent;
  /** Per span: the indexes of the spans whose parent id is its id, in trace order. */
  private final int[][] children;
  /** Per span: whether it failed (see {@link #failed(int)}). */
  private final boolean[] failed;

  private TraceFacts(List<Span> spans) {
    this.spans = spans;
    int n = spans.size();
    parent = new int[n];
    children = new int[n][];
    if (n <= SCAN_LIMIT) {
      linkByScanning();
    } else {
      linkByMaps();
    }
    failed = new boolean[n];
    for (int i = 0; i < n; i++) {
      failed[i] = failed(i);
    }
  }

  private void linkByScanning() {
    int n = spans.size();
    int[] kids = new int[n];
    for (int i = 0; i < n; i++) {
      Span span = spans.get(i);
      parent[i] = -1;
      if (!span.isRoot()) {
        for (int k = n - 1; k >= 0; k--) {
          if (spans.get(k).spanId() == span.parentSpanId()) {
            parent[i] = k;
            break;
          }
        }
      }
      int count = 0;
      for (int j = 0; j < n; j++) {
        Span other = spans.get(j);
        if (!other.isRoot() && other.parentSpanId() == span.spanId()) {
          kids[count++] = j;
        }
      }
      children[i] = count == 0 ? NONE : Arrays.copyOf(kids, count);
    }
  }

  private void linkByMaps() {
    int n = spans.size();
    Map<Long, Integer> lastWithId = new HashMap<>(2 * n);
    Map<Long, List<Integer>> byParentId = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      Span span = spans.get(i);
      lastWithId.put(span.spanId(), i);
      if (!span.isRoot()) {
        byParentId.computeIfAbsent(span.parentSpanId(), id -> new ArrayList<>(2)).add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      Span span = spans.get(i);
      parent[i] = span.isRoot() ? -1 : lastWithId.getOrDefault(span.parentSpanId(), -1);
      List<Integer> kids = byParentId.get(span.spanId());
      children[i] = kids == null ? NONE : kids.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Records the trace's facts in {@code store}; returns the services where a failure began. */
  static Set<String> record(List<Span> trace, EvidenceStore store) {
    return new TraceFacts(trace).record(store);
  }

  private Set<String> record(EvidenceStore store) {
    Set<String> origins = new HashSet<>(2);
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      long at = span.startNanos() / 1_000_000;
      String service = span.resource().service();
      int[] kids = children[i];
      boolean failed = this.failed[i];
      boolean origin = failed && noneFailed(kids);
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
  private boolean failed(int i) {
    Span span = spans.get(i);
    if (span.isError()) {
      return true;
    }
    if (!span.kind().isEntry() || span.status() != SpanStatus.UNSET || span.attributes().httpStatusCode() != 0) {
      return false;
    }
    Span call = parent[i] < 0 ? null : spans.get(parent[i]);
    int answer = call == null || !call.kind().isExit() ? 0 : call.attributes().httpStatusCode();
    return answer >= 500 && answer < 600;
  }

  private boolean noneFailed(int[] kids) {
    for (int kid : kids) {
      if (failed[kid]) {
        return false;
      }
    }
    return true;
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
  private Span calleeSpan(int[] kids) {
    for (int kid : kids) {
      if (spans.get(kid).kind().isEntry()) {
        return spans.get(kid);
      }
    }
    return null;
  }

  private static String calleeName(Span span) {
    String callee = span.attributes().callee();
    return callee == null ? UNKNOWN_CALLEE : callee;
  }

  /** Nanoseconds of the span covered by the union of its children, clipped to the span. */
  private long covered(Span span, int[] kids) {
    if (kids.length == 1) {
      Span kid = spans.get(kids[0]);
      return Math.max(0, Math.min(kid.endNanos(), span.endNanos()) - Math.max(kid.startNanos(), span.startNanos()));
    }
    // Clipped intervals as [from, to] pairs, sorted by from; then their union's length.
    long[][] intervals = new long[kids.length][];
    int count = 0;
    for (int kid : kids) {
      Span child = spans.get(kid);
      long from = Math.max(child.startNanos(), span.startNanos());
      long to = Math.min(child.endNanos(), span.endNanos());
      if (to > from) {
        intervals[count++] = new long[] {from, to};
      }
    }
    Arrays.sort(intervals, 0, count, (a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long end = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      long[] iv = intervals[i];
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
