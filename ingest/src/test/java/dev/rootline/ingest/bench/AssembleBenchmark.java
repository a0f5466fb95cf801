package dev.rootline.ingest.bench;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.ingest.trace.TraceAssembler;
import java.util.ArrayList;
import java.util.List;
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
 * Trace assembly for root cause analysis ({@link TraceAssembler#standard()}) under a backlog: polls
 * of 500 traces of 10 spans, each trace's spans together as a Collector partitioning by trace id
 * writes them, trace ids never seen before, so past 50,000 open traces every new trace pushes the
 * eldest out (as in a replay, where event time runs ahead of the quiet period). One operation is
 * one span.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(AssembleBenchmark.SPANS_PER_POLL)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssembleBenchmark {
  static final int SPANS_PER_TRACE = 10;
  static final int TRACES_PER_POLL = 500;
  static final int SPANS_PER_POLL = SPANS_PER_TRACE * TRACES_PER_POLL;
  /** Enough polls that a trace id comes round again only long after its trace was pushed out. */
  private static final int POLLS = 240;

  private final List<List<Span>> polls = new ArrayList<>();
  private TraceAssembler assembler;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    Resource[] services = {Resource.of("frontend", "1"), Resource.of("checkout", "1"), Resource.of("payment", "1")};
    long t = CollectorTraffic.T0;
    for (int p = 0; p < POLLS; p++) {
      List<Span> poll = new ArrayList<>(SPANS_PER_POLL);
      for (int trace = 0; trace < TRACES_PER_POLL; trace++) {
        long high = random.nextLong();
        long low = random.nextLong();
        for (int s = 0; s < SPANS_PER_TRACE; s++) {
          t += 100_000;
          poll.add(new Span(services[s % services.length], high, low, random.nextLong(), s == 0 ? 0 : 1, "GET /items",
              s == 0 ? SpanKind.SERVER : SpanKind.CLIENT, t, t + 2_000_000, SpanStatus.UNSET, null, SpanAttributes.NONE,
              List.of()));
        }
      }
      polls.add(poll);
    }
    assembler = TraceAssembler.standard();
  }

  @Benchmark
  public int assemble() {
    List<Span> poll = polls.get(next);
    next = (next + 1) % POLLS;
    return assembler.addAll(poll).size();
  }
}
