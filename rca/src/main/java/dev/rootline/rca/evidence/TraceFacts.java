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
 *
 * <p>One instance reads trace after trace, reusing its arrays for traces of up to
 * {@value #SCAN_LIMIT} spans (most traces): reading a trace allocates almost nothing. Not thread-safe.
 */
final class TraceFacts {
  private static final String UNKNOWN_CALLEE = "unknown";

  /** Traces up to this many spans are linked by scanning, larger ones through maps. */
  private static final int SCAN_LIMIT = 32;

  private final Links small = new Links(SCAN_LIMIT, SCAN_LIMIT * SCAN_LIMIT);
  private List<Span> spans;
  private Links links;
  private int weight;

  /**
   * Records the trace's facts in {@code store}, the trace standing for {@code weight} traces in
   * {@link Tally#traffic()}; returns the services where a failure began.
   */
  Set<String> record(List<Span> trace, int weight, EvidenceStore store) {
    spans = trace;
    this.weight = weight;
    links = trace.size() <= SCAN_LIMIT ? small.byScanning(trace) : Links.byMaps(trace);
    try {
      for (int i = 0; i < trace.size(); i++) {
        links.failed[i] = failed(i);
      }
      return record(store);
    } finally {
      spans = null; // the trace is not held until the next one
      links = null;
    }
  }

  private Set<String> record(EvidenceStore store) {
    Set<String> origins = Set.of(); // most traces fail nowhere
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      long at = span.startNanos() / 1_000_000;
      String service = span.resource().service();
      boolean failed = links.failed[i];
      boolean origin = failed && noneFailed(i);
      if (span.kind().isExit()) {
        Span server = calleeSpan(i);
        String callee = server != null ? server.resource().service() : calleeName(span);
        Tally t = store.tally(Key.Type.EDGE, service, callee, at);
        if (t != null) {
          t.count++;
          t.traffic += weight;
          t.errors += failed ? 1 : 0;
          t.origins += origin ? 1 : 0;
          t.sum += millis(span.durationNanos());
          t.selfSum += millis(server == null ? span.durationNanos() : span.durationNanos() - server.durationNanos());
        }
        if (origin) {
          origins = withOrigin(origins, service);
          if (server != null) {
            // The callee answered, yet the call failed: the caller gave up (a timeout) or the way
            // between failed. The failure began in the caller's own span.
            countOrigin(store.tally(Key.Type.SERVICE, service, "", at));
            String version = span.resource().version();
            if (version != null) {
              countOrigin(store.tally(Key.Type.VERSION, service, version, at));
            }
          }
        }
        continue;
      }
      double self = millis(span.durationNanos() - covered(i));
      boolean entry = span.kind().isEntry() || span.isRoot();
      record(store.tally(Key.Type.SERVICE, service, "", at), span, entry, failed, origin, self);
      String version = span.resource().version();
      if (version != null) {
        record(store.tally(Key.Type.VERSION, service, version, at), span, entry, failed, origin, self);
      }
      if (origin) {
        origins = withOrigin(origins, service);
      }
    }
    return origins;
  }

  private static Set<String> withOrigin(Set<String> origins, String service) {
    Set<String> out = origins.isEmpty() ? new HashSet<>(4) : origins;
    out.add(service);
    return out;
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
    int parent = links.parent[i];
    Span call = parent < 0 ? null : spans.get(parent);
    int answer = call == null || !call.kind().isExit() ? 0 : call.attributes().httpStatusCode();
    return answer >= 500 && answer < 600;
  }

  private boolean noneFailed(int i) {
    for (int k = links.kidsFrom[i]; k < links.kidsFrom[i + 1]; k++) {
      if (links.failed[links.kids[k]]) {
        return false;
      }
    }
    return true;
  }

  private void record(Tally t, Span span, boolean entry, boolean failed, boolean origin, double self) {
    if (t == null) {
      return;
    }
    if (entry) {
      t.count++;
      t.traffic += weight;
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
  private Span calleeSpan(int i) {
    for (int k = links.kidsFrom[i]; k < links.kidsFrom[i + 1]; k++) {
      Span kid = spans.get(links.kids[k]);
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

  /**
   * Nanoseconds of span {@code i} covered by the union of its children, clipped to the span. The
   * union's length needs only the starts and the ends, each sorted: it is where more intervals have
   * started than ended.
   */
  private long covered(int i) {
    Span span = spans.get(i);
    long[] from = links.from;
    long[] to = links.to;
    int count = 0;
    for (int k = links.kidsFrom[i]; k < links.kidsFrom[i + 1]; k++) {
      Span child = spans.get(links.kids[k]);
      long start = Math.max(child.startNanos(), span.startNanos());
      long end = Math.min(child.endNanos(), span.endNanos());
      if (end > start) {
        from[count] = start;
        to[count++] = end;
      }
    }
    if (count > 1) {
      Arrays.sort(from, 0, count);
      Arrays.sort(to, 0, count);
    }
    long total = 0;
    long unionStart = 0;
    int open = 0;
    for (int s = 0, e = 0; e < count; ) {
      if (s < count && from[s] <= to[e]) {
        if (open++ == 0) {
          unionStart = from[s];
        }
        s++;
      } else {
        if (--open == 0) {
          total += to[e] - unionStart;
        }
        e++;
      }
    }
    return total;
  }

  private static double millis(long nanos) {
    return Math.max(0, nanos) / 1e6;
  }

  /**
   * How a trace's spans link up. Per span, by index in the trace: the index of the span its parent
   * id names (the last, if ids repeat) or -1; its children, the spans whose parent id is its id in
   * trace order, at {@code kids[kidsFrom[i] .. kidsFrom[i + 1])}; whether it failed; and room for
   * its children's intervals.
   */
  private static final class Links {
    final long[] ids; // ids and parent ids (0 for a root) are copied here by byScanning only
    final long[] parentIds;
    final int[] parent;
    final int[] kidsFrom;
    final int[] kids;
    final boolean[] failed;
    final long[] from;
    final long[] to;

    Links(int spans, int kids) {
      ids = new long[spans];
      parentIds = new long[spans];
      parent = new int[spans];
      kidsFrom = new int[spans + 1];
      this.kids = new int[kids];
      failed = new boolean[spans];
      from = new long[spans];
      to = new long[spans];
    }

    /** Links a trace of at most as many spans as these arrays hold by scanning its ids. */
    Links byScanning(List<Span> trace) {
      int n = trace.size();
      for (int i = 0; i < n; i++) {
        Span span = trace.get(i);
        ids[i] = span.spanId();
        parentIds[i] = span.parentSpanId();
      }
      int total = 0;
      for (int i = 0; i < n; i++) {
        parent[i] = -1;
        if (parentIds[i] != 0) {
          for (int k = n - 1; k >= 0; k--) {
            if (ids[k] == parentIds[i]) {
              parent[i] = k;
              break;
            }
          }
        }
        kidsFrom[i] = total;
        for (int j = 0; j < n; j++) {
          if (parentIds[j] != 0 && parentIds[j] == ids[i]) {
            kids[total++] = j;
          }
        }
      }
      kidsFrom[n] = total;
      return this;
    }

    /** Links of their own for a long trace, through maps of its ids. */
    static Links byMaps(List<Span> trace) {
      int n = trace.size();
      Map<Long, Integer> lastWithId = new HashMap<>(2 * n);
      Map<Long, List<Integer>> byParentId = new HashMap<>(2 * n);
      for (int i = 0; i < n; i++) {
        Span span = trace.get(i);
        lastWithId.put(span.spanId(), i);
        if (!span.isRoot()) {
          byParentId.computeIfAbsent(span.parentSpanId(), id -> new ArrayList<>(2)).add(i);
        }
      }
      int total = 0; // more than n only when span ids repeat: each span with the id has the children
      for (Span span : trace) {
        List<Integer> kids = byParentId.get(span.spanId());
        total += kids == null ? 0 : kids.size();
      }
      Links links = new Links(n, total);
      total = 0;
      for (int i = 0; i < n; i++) {
        Span span = trace.get(i);
        links.parent[i] = span.isRoot() ? -1 : lastWithId.getOrDefault(span.parentSpanId(), -1);
        links.kidsFrom[i] = total;
        for (int kid : byParentId.getOrDefault(span.spanId(), List.of())) {
          links.kids[total++] = kid;
        }
      }
      links.kidsFrom[n] = total;
      return links;
    }
  }
}
