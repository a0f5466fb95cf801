package dev.rootline.ingest.bench;

import dev.rootline.core.telemetry.ExceptionEvent;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.ingest.trace.TraceAssembler;
import dev.rootline.rca.evidence.EvidenceStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Root cause analysis's share of the span path, as the service runs it for every poll: trace
 * assembly ({@link TraceAssembler#standard()}), then every trace quiet for 10 s of event time read
 * into the evidence ({@link EvidenceStore#standard()}: tallies, examples, waterfall samples).
 * Traces are shaped like a shop's: 10 spans over 4 of 9 services (a gateway, a frontend, a
 * mid-tier service with a database call, a back-end service with an internal span and a database
 * call), HTTP and database attributes, 2 % of back-end requests failing with an exception event.
 * Each poll is 500 traces, a trace's spans together, 0.5 s of event time; spans are made afresh
 * for every poll (times and trace ids moved on from a set of templates), as decoding makes them,
 * so the cost of holding them until their trace is quiet is measured too. One operation is one span.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RcaSpansBenchmark.SPANS_PER_POLL)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RcaSpansBenchmark {
  static final int SPANS_PER_TRACE = 10;
  static final int TRACES_PER_POLL = 500;
  static final int SPANS_PER_POLL = SPANS_PER_TRACE * TRACES_PER_POLL;
  private static final int TEMPLATE_POLLS = 100;
  private static final long POLL_NANOS = 500_000_000L;
  private static final String[] MID = {"cart", "checkout", "catalog"};
  private static final String[] BACK = {"payment", "inventory", "shipping", "pricing"};
  /** One resource per service, shared by its spans, as the decoder's cache shares them. */
  private static final Map<String, Resource> RESOURCES = new HashMap<>();

  private final List<Span[]> templates = new ArrayList<>();
  private TraceAssembler assembler;
  private EvidenceStore store;
  private long poll;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(11);
    for (int p = 0; p < TEMPLATE_POLLS; p++) {
      List<Span> spans = new ArrayList<>(SPANS_PER_POLL);
      for (int t = 0; t < TRACES_PER_POLL; t++) {
        trace(spans, random, CollectorTraffic.T0 + p * POLL_NANOS + t * (POLL_NANOS / TRACES_PER_POLL));
      }
      templates.add(spans.toArray(Span[]::new));
    }
    assembler = TraceAssembler.standard();
    store = EvidenceStore.standard();
  }

  @Benchmark
  public int spans() {
    Span[] template = templates.get((int) (poll % TEMPLATE_POLLS));
    long cycle = poll / TEMPLATE_POLLS;
    long shift = cycle * TEMPLATE_POLLS * POLL_NANOS;
    List<Span> fresh = new ArrayList<>(template.length);
    long lastEnd = 0;
    for (Span s : template) {
      fresh.add(new Span(s.resource(), s.traceIdHigh(), s.traceIdLow() ^ cycle, s.spanId(), s.parentSpanId(), s.name(),
          s.kind(), s.startNanos() + shift, s.endNanos() + shift, s.status(), s.statusMessage(), s.attributes(),
          s.exceptions()));
      lastEnd = Math.max(lastEnd, s.endNanos() + shift);
    }
    poll++;
    return read(assembler.addAll(fresh)) + read(assembler.advanceTo(lastEnd / 1_000_000));
  }

  private int read(List<List<Span>> traces) {
    traces.forEach(store::trace);
    return traces.size();
  }

  /** One trace whose root ends at {@code end}, its spans in the order a Collector batch has them. */
  private static void trace(List<Span> spans, SplittableRandom random, long end) {
    long high = random.nextLong();
    long low = random.nextLong();
    String mid = MID[random.nextInt(MID.length)];
    String back = BACK[random.nextInt(BACK.length)];
    boolean error = random.nextInt(50) == 0;
    long start = end - 80_000_000L - random.nextInt(20_000_000);
    Trace t = new Trace(spans, random, high, low);
    long gateway = t.server("gateway", 0, "GET /api/checkout", start, end, false);
    long gatewayCall = t.client("gateway", gateway, "frontend", start + 1_000_000, end - 1_000_000);
    long front = t.server("frontend", gatewayCall, "GET /api/checkout", start + 2_000_000, end - 2_000_000, false);
    long frontCall = t.client("frontend", front, mid, start + 3_000_000, end - 3_000_000);
    long midServer = t.server(mid, frontCall, "POST /" + mid + "/{id}", start + 4_000_000, end - 4_000_000, false);
    t.database(mid, midServer, start + 5_000_000, start + 8_000_000 + random.nextInt(3_000_000));
    long midCall = t.client(mid, midServer, back, start + 20_000_000, end - 10_000_000);
    long backServer = t.server(back, midCall, "GET /" + back, start + 21_000_000, end - 11_000_000, error);
    t.add(back, backServer, "compute " + back, SpanKind.INTERNAL, start + 22_000_000, start + 23_000_000,
        SpanAttributes.NONE, false);
    t.database(back, backServer, start + 24_000_000, start + 27_000_000 + random.nextInt(3_000_000));
  }

  private record Trace(List<Span> spans, SplittableRandom random, long high, long low) {
    long server(String service, long parent, String name, long start, long end, boolean error) {
      String route = name.substring(name.indexOf(' ') + 1);
      SpanAttributes a = new SpanAttributes(name.substring(0, name.indexOf(' ')), route, error ? 500 : 200, null, null,
          null, null, null, null);
      return add(service, parent, name, SpanKind.SERVER, start, end, a, error);
    }

    long client(String service, long parent, String callee, long start, long end) {
      SpanAttributes a = new SpanAttributes("GET", null, 200, callee, null, null, null, null, null);
      return add(service, parent, "GET", SpanKind.CLIENT, start, end, a, false);
    }

    void database(String service, long parent, long start, long end) {
      SpanAttributes a = new SpanAttributes(null, null, 0, "pg-primary.shop.svc", "postgresql", "shop", null, null, null);
      add(service, parent, "SELECT shop.items", SpanKind.CLIENT, start, end, a, false);
    }

    long add(String service, long parent, String name, SpanKind kind, long start, long end, SpanAttributes a,
        boolean error) {
      long id = random.nextLong() | 1; // never 0, which means no parent
      List<ExceptionEvent> exceptions = error
          ? List.of(new ExceptionEvent(end - 1_000_000, "java.net.SocketTimeoutException", "Read timed out"))
          : List.of();
      spans.add(new Span(RESOURCES.computeIfAbsent(service, n -> Resource.of(n, "1.4.2")), high, low, id, parent, name, kind, start, end,
          error ? SpanStatus.ERROR : SpanStatus.UNSET, error ? "Read timed out" : null, a, exceptions));
      return id;
    }
  }
}
