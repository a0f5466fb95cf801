package dev.rootline.rca.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Sparse traffic must not look abnormal: the comparisons behind latency and fan-out features. */
class SeriesAndFanOutTest {
  private static final long ONSET = 1_700_000_000_000L;
  private static final AnalysisWindow WINDOW = AnalysisWindow.of(ONSET, ONSET + Duration.ofMinutes(5).toMillis());
  private final EvidenceStore store = EvidenceStore.standard();
  private long nextId = 1;
  private int weight = 1;

  @Test
  void z_ofUnchangedSkewedLatency_isNearZero_whenEachBucketHoldsOneRequest() {
    // One request every 20 s; every fifth takes 100 ms, the rest 10 ms: the mean is 28 ms, the median 10 ms.
    for (long at = WINDOW.baselineFrom(); at < WINDOW.until(); at += 20_000) {
      request("cart", at, (at / 20_000) % 5 == 0 ? 100 : 10, 0, null);
    }

    double z = new Series(store, Key.service("cart"), WINDOW).z(Tally::mean, 0.1, 0.05);

    assertThat(z).isCloseTo(0, within(1.0));
  }

  @Test
  void fanOut_ofAFewExtraCallsOnQuietTraffic_countsOnlyInPart() {
    callsPerRequest(WINDOW.baselineFrom(), WINDOW.baselineUntil(), 30_000, 7); // 60 requests, 9 calls
    callsPerRequest(WINDOW.onset(), WINDOW.until(), 30_000, 3); // 10 requests, 4 calls: 1.4 expected

    Suspect gateway = fanOut();

    double full = Math.log((4 / 10.0) / (9 / 60.0)) / Math.log(2);
    assertThat(gateway.strength(Feature.FAN_OUT)).isPositive().isLessThan(0.6 * full);
  }

  @Test
  void fanOut_ofTheSameRiseOnBusyTraffic_countsInFull() {
    callsPerRequest(WINDOW.baselineFrom(), WINDOW.baselineUntil(), 500, 7);
    callsPerRequest(WINDOW.onset(), WINDOW.until(), 500, 4);

    Suspect gateway = fanOut();

    assertThat(gateway.strength(Feature.FAN_OUT)).isCloseTo(Math.log(7.0 / 4) / Math.log(2), within(0.1));
  }

  @Test
  void loadRatio_isOfAllTraffic_whenTheIncidentWasReadFromAShareOfTheTraces() {
    for (long at = WINDOW.baselineFrom(); at < WINDOW.baselineUntil(); at += 500) {
      request("gateway", at, 20, 0, null);
    }
    weight = 4; // the same request every 500 ms, a quarter of them read
    for (long at = WINDOW.onset(); at < WINDOW.until(); at += 2_000) {
      request("gateway", at, 20, 0, null);
    }

    Series s = new Series(store, Key.service("gateway"), WINDOW);

    assertThat(s.incident.count()).isEqualTo(150);
    assertThat(s.incident.traffic()).isEqualTo(600);
    assertThat(ServiceFeatures.loadRatio(s.baseline, s.incident, WINDOW)).isCloseTo(1, within(0.01));
    assertThat(s.shareNote()).isEqualTo(" (in the traces read, about 1 in 4)");
  }

  @Test
  void shareNote_saysNothing_whenEveryTraceWasRead() {
    request("gateway", WINDOW.onset(), 20, 1, "billing");

    assertThat(new Series(store, Key.service("gateway"), WINDOW).shareNote()).isEmpty();
    assertThat(new Series(store, Key.edge("gateway", "billing"), WINDOW).incident.traffic()).isEqualTo(1);
  }

  private Suspect fanOut() {
    Map<String, Suspect> suspects = new TreeMap<>();
    suspects.put("gateway", new Suspect("gateway", Candidate.Kind.SERVICE));
    suspects.put("billing", new Suspect("billing", Candidate.Kind.SERVICE));
    EdgeFeatures.apply(suspects, store, WINDOW);
    return suspects.get("gateway");
  }

  /** gateway requests every {@code everyMs}; one in {@code oneIn} calls billing. */
  private void callsPerRequest(long from, long until, long everyMs, int oneIn) {
    int n = 0;
    for (long at = from; at < until; at += everyMs) {
      request("gateway", at, 20, n++ % oneIn == 0 ? 1 : 0, "billing");
    }
  }

  private void request(String service, long at, long ms, int calls, String callee) {
    long trace = nextId++;
    long root = nextId++;
    List<Span> spans = new ArrayList<>();
    spans.add(span(service, trace, root, 0, SpanKind.SERVER, at, at + ms));
    for (int i = 0; i < calls; i++) {
      long client = nextId++;
      spans.add(span(service, trace, client, root, SpanKind.CLIENT, at + 1, at + 5));
      spans.add(span(callee, trace, nextId++, client, SpanKind.SERVER, at + 2, at + 4));
    }
    store.trace(spans, weight);
  }

  private static Span span(String service, long trace, long id, long parent, SpanKind kind, long fromMs, long toMs) {
    return new Span(Resource.of(service, "1.0"), 0, trace, id, parent, "op", kind, fromMs * 1_000_000,
        toMs * 1_000_000, SpanStatus.UNSET, null, SpanAttributes.NONE, List.of());
  }
}
