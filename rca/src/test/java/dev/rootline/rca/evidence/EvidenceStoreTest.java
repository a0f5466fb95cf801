package dev.rootline.rca.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceStoreTest {
  private static final long T = 1_700_000_000_000L;
  private final EvidenceStore store = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(10), 100);

  private static Span span(String service, long id, long parent, SpanKind kind, long fromMs, long toMs, boolean error,
      String db) {
    return new Span(Resource.of(service, "1.0"), 0, 42, id, parent, "op", kind, (T + fromMs) * 1_000_000,
        (T + toMs) * 1_000_000, error ? SpanStatus.ERROR : SpanStatus.UNSET, null,
        db == null ? SpanAttributes.NONE : new SpanAttributes(null, null, 0, null, db, null, null, null, null), List.of());
  }

  /** frontend (0-100) calls checkout (client 10-80, server 15-75); checkout queries postgresql (20-60), which fails. */
  private List<Span> trace() {
    return List.of(
        span("frontend", 1, 0, SpanKind.SERVER, 0, 100, true, null),
        span("frontend", 2, 1, SpanKind.CLIENT, 10, 80, true, null),
        span("checkout", 3, 2, SpanKind.SERVER, 15, 75, true, null),
        span("checkout", 4, 3, SpanKind.CLIENT, 20, 60, true, "postgresql"));
  }

  @Test
  void trace_countsSelfTimeWithoutTheTimeSpentWaitingOnCallees() {
    store.trace(trace());

    Tally frontend = store.sum(Key.service("frontend"), T, T + 10_000);
    Tally checkout = store.sum(Key.service("checkout"), T, T + 10_000);
    assertThat(frontend.selfSum()).isCloseTo(30, within(1e-9)); // 100 ms minus the 70 ms call
    assertThat(checkout.selfSum()).isCloseTo(20, within(1e-9)); // 60 ms minus the 40 ms query
    assertThat(frontend.count()).isEqualTo(1);
    assertThat(frontend.errors()).isEqualTo(1);
  }

  @Test
  void trace_putsTheOriginOfAFailureOnTheFirstFailingSpan_aQueryToTheDatabase() {
    store.trace(trace());

    assertThat(store.sum(Key.service("frontend"), T, T + 10_000).origins()).isZero();
    assertThat(store.sum(Key.service("checkout"), T, T + 10_000).origins()).isZero();
    Tally query = store.sum(Key.edge("checkout", "postgresql"), T, T + 10_000);
    assertThat(query.origins()).isEqualTo(1);
    assertThat(query.selfSum()).isCloseTo(40, within(1e-9));
    Tally call = store.sum(Key.edge("frontend", "checkout"), T, T + 10_000);
    assertThat(call.selfSum()).isCloseTo(10, within(1e-9)); // 70 ms call, 60 ms of it in checkout's span
    assertThat(store.failingTrace("checkout", T, T + 10_000)).isNotNull();
  }

  @Test
  void trace_putsTheOriginInTheCallee_whenItsSpanIsSilentButItsCallerGotA5xx() {
    SpanAttributes got500 = new SpanAttributes("POST", null, 500, "billing", null, null, null, null, null);
    store.trace(List.of(
        span("trips", 1, 0, SpanKind.SERVER, 0, 100, true, null),
        new Span(Resource.of("trips", "1.0"), 0, 42, 2, 1, "POST /authorizations", SpanKind.CLIENT,
            (T + 10) * 1_000_000, (T + 80) * 1_000_000, SpanStatus.ERROR, null, got500, List.of()),
        span("billing", 3, 2, SpanKind.SERVER, 15, 75, false, null),
        span("billing", 4, 3, SpanKind.CLIENT, 20, 30, false, "mysql")));

    Tally billing = store.sum(Key.service("billing"), T, T + 10_000);
    assertThat(billing.origins()).isEqualTo(1);
    assertThat(billing.errors()).isEqualTo(1);
    assertThat(store.sum(Key.service("trips"), T, T + 10_000).origins()).isZero();
    assertThat(store.sum(Key.edge("trips", "billing"), T, T + 10_000).origins()).isZero();
  }

  @Test
  void trace_keepsTheOriginWithTheCaller_whenTheCalleeAnsweredWithoutA5xx() {
    store.trace(List.of(
        span("trips", 1, 0, SpanKind.SERVER, 0, 100, true, null),
        span("trips", 2, 1, SpanKind.CLIENT, 10, 80, true, null),
        span("billing", 3, 2, SpanKind.SERVER, 15, 75, false, null)));

    assertThat(store.sum(Key.service("trips"), T, T + 10_000).origins()).isEqualTo(1);
    assertThat(store.sum(Key.service("billing"), T, T + 10_000).origins()).isZero();
  }

  @Test
  void trace_readFromAShare_countsWhatWasRead_andTrafficForAll() {
    store.trace(trace(), 8);
    store.observation(new Observation(new SeriesKey.Metric("checkout", "queue"), "gauge", T, 10_000, 3.0, 1));

    Tally frontend = store.sum(Key.service("frontend"), T, T + 10_000);
    Tally call = store.sum(Key.edge("frontend", "checkout"), T, T + 10_000);
    assertThat(frontend.count()).isEqualTo(1);
    assertThat(frontend.errors()).isEqualTo(1);
    assertThat(frontend.traffic()).isEqualTo(8);
    assertThat(frontend.weight()).isEqualTo(8);
    assertThat(call.count()).isEqualTo(1);
    assertThat(call.traffic()).isEqualTo(8);
    assertThat(store.sum(Key.version("frontend", "1.0"), T, T + 10_000).traffic()).isEqualTo(8);
    assertThat(store.sum(Key.metric("checkout", "queue", "gauge"), T, T + 10_000).weight()).isEqualTo(1);
  }

  @Test
  void tally_dropsNewKeys_whenTheStoreIsFull() {
    EvidenceStore tiny = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(10), 2);
    tiny.trace(trace());

    assertThat(tiny.keys(Key.Type.SERVICE).size() + tiny.keys(Key.Type.EDGE).size()
        + tiny.keys(Key.Type.VERSION).size()).isEqualTo(2);
    assertThat(tiny.droppedKeys()).isPositive();
  }

  /** Traces over 32 spans are linked through maps, smaller ones by scanning: the same facts either way. */
  @Test
  void trace_largeTracesGiveTheSameFactsAsSmallOnes() {
    List<Span> large = new ArrayList<>(trace());
    for (int i = 0; i < 40; i++) { // 40 more successful queries under checkout's server span, 61-62 ms
      large.add(span("checkout", 100 + i, 3, SpanKind.CLIENT, 61, 62, false, "redis"));
    }
    EvidenceStore big = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(10), 100);
    big.trace(large);
    store.trace(trace());

    for (String service : List.of("frontend", "checkout")) {
      Tally small = store.sum(Key.service(service), T, T + 10_000);
      Tally mapped = big.sum(Key.service(service), T, T + 10_000);
      assertThat(mapped.count()).isEqualTo(small.count());
      assertThat(mapped.errors()).isEqualTo(small.errors());
      assertThat(mapped.origins()).isEqualTo(small.origins());
    }
    // checkout's self time loses the 1 ms the redis calls cover: 60 - 40 - 1.
    assertThat(big.sum(Key.service("checkout"), T, T + 10_000).selfSum()).isCloseTo(19, within(1e-9));
    assertThat(big.sum(Key.edge("checkout", "postgresql"), T, T + 10_000).origins()).isEqualTo(1);
    assertThat(big.sum(Key.edge("checkout", "redis"), T, T + 10_000).count()).isEqualTo(40);
  }

  /** The store reads trace after trace with the same arrays: what one trace leaves in them must not show in the next. */
  @Test
  void trace_readsATraceTheSameAfterLongerOnes() {
    List<Span> large = new ArrayList<>(trace());
    for (int i = 0; i < 40; i++) {
      large.add(span("checkout", 100 + i, 3, SpanKind.CLIENT, 61, 62, false, "redis"));
    }
    List<Span> later = List.of(
        span("frontend", 11, 0, SpanKind.SERVER, 20_000, 20_100, false, null),
        span("frontend", 12, 11, SpanKind.CLIENT, 20_010, 20_090, false, null),
        span("cart", 13, 12, SpanKind.SERVER, 20_020, 20_070, false, null));
    store.trace(trace()); // the store's short-trace arrays hold 4 spans, with a failing chain
    store.trace(large);
    store.trace(later);
    EvidenceStore fresh = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(10), 100);
    fresh.trace(later);

    for (Key key : List.of(Key.service("frontend"), Key.service("cart"), Key.edge("frontend", "cart"))) {
      Tally reused = store.sum(key, T + 20_000, T + 30_000);
      Tally alone = fresh.sum(key, T + 20_000, T + 30_000);
      assertThat(reused.count()).as(key.toString()).isEqualTo(alone.count()).isEqualTo(1);
      assertThat(reused.errors()).as(key.toString()).isEqualTo(alone.errors()).isZero();
      assertThat(reused.origins()).as(key.toString()).isEqualTo(alone.origins()).isZero();
      assertThat(reused.selfSum()).as(key.toString()).isCloseTo(alone.selfSum(), within(1e-9));
    }
    assertThat(store.sum(Key.service("frontend"), T + 20_000, T + 30_000).selfSum()).isCloseTo(20, within(1e-9));
  }

  /** Self time leaves out the union of the children's time: overlaps once, nested calls once, overhangs clipped. */
  @Test
  void trace_selfTimeLeavesOutTheUnionOfTheChildren() {
    store.trace(List.of(
        span("frontend", 1, 0, SpanKind.SERVER, 0, 100, false, null),
        span("frontend", 2, 1, SpanKind.CLIENT, 20, 50, false, "redis"),
        span("frontend", 3, 1, SpanKind.CLIENT, 10, 30, false, "redis"), // overlaps the one before
        span("frontend", 4, 1, SpanKind.CLIENT, 60, 70, false, "redis"),
        span("frontend", 5, 1, SpanKind.CLIENT, 65, 68, false, "redis"), // within the one before
        span("frontend", 6, 1, SpanKind.CLIENT, 90, 120, false, "redis"), // 10 ms of it within the parent
        span("frontend", 7, 1, SpanKind.CLIENT, 110, 120, false, "redis"))); // none of it

    // Covered: 10-50, 60-70 and 90-100, 60 ms of the 100.
    assertThat(store.sum(Key.service("frontend"), T, T + 10_000).selfSum()).isCloseTo(40, within(1e-9));
  }

  @Test
  void sum_forgetsBucketsOlderThanTheHorizon() {
    store.trace(trace());
    List<Span> later = trace().stream().map(s -> new Span(s.resource(), 0, 43, s.spanId(), s.parentSpanId(), s.name(),
        s.kind(), s.startNanos() + Duration.ofMinutes(10).toNanos(), s.endNanos() + Duration.ofMinutes(10).toNanos(),
        s.status(), null, s.attributes(), List.of())).toList();
    store.trace(later);

    assertThat(store.sum(Key.service("frontend"), T, T + 10_000).count()).isZero();
    assertThat(store.sum(Key.service("frontend"), T, T + Duration.ofMinutes(10).toMillis() + 10_000).count()).isEqualTo(1);
  }

  /**
   * Several replicas each publish a partial of one metric window (docs/adr/018): a rate is kept as
   * its amount, so the partials' amounts add up to the whole window's, as the whole window's would.
   */
  @Test
  void observation_partialRatesOfOneWindowAddUpToTheWhole() {
    SeriesKey errors = new SeriesKey.Metric("checkout", "http.server.errors");
    store.observation(new Observation(errors, "rate", T, 10_000, 0.3, 3));
    store.observation(new Observation(errors, "rate", T, 10_000, 0.7, 7));
    EvidenceStore whole = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(10), 100);
    whole.observation(new Observation(errors, "rate", T, 10_000, 1.0, 10));

    Key key = Key.metric("checkout", "http.server.errors", "rate");
    assertThat(store.sum(key, T, T + 10_000).sum()).isCloseTo(10.0, within(1e-9));
    assertThat(store.sum(key, T, T + 10_000).sum()).isCloseTo(whole.sum(key, T, T + 10_000).sum(), within(1e-9));
  }
}
