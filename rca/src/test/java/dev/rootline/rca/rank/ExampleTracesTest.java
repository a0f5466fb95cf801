package dev.rootline.rca.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.rca.evidence.EvidenceStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleTracesTest {
  private static final long ONSET = 1_700_000_600_000L;
  private static final AnalysisWindow WINDOW = AnalysisWindow.of(ONSET, ONSET + 120_000);
  private final EvidenceStore store = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(30), 1_000);

  private static Span span(String service, long trace, long id, long parent, String name, long atMs, boolean error) {
    return new Span(Resource.of(service, "1.0"), 0, trace, id, parent, name, SpanKind.SERVER, atMs * 1_000_000,
        (atMs + 50) * 1_000_000, error ? SpanStatus.ERROR : SpanStatus.UNSET, null, SpanAttributes.NONE, List.of());
  }

  private static Candidate candidate(String service) {
    return new Candidate(Candidate.Kind.SERVICE, service, null, Indicator.ERRORS, 1, 0.5, "", Map.of(), List.of());
  }

  @Test
  void of_redactsSpanNames_beforeTheReportKeepsThem() {
    store.trace(List.of(span("accounts", 1, 1, 0, "GET /users/jane.doe@example.com", ONSET + 1_000, true)));

    List<TraceSample> samples = ExampleTraces.of(store, WINDOW, List.of(candidate("accounts")), Redactor.standard());

    assertThat(samples).singleElement().satisfies(s -> assertThat(s.spans().get(0).name())
        .doesNotContain("jane.doe@example.com").startsWith("GET /users/"));
  }

  @Test
  void of_topCauseFailedNowhere_takesTheNextCandidateThatDid() {
    store.trace(List.of(span("payment", 2, 1, 0, "Charge", ONSET + 1_000, true)));

    List<TraceSample> samples = ExampleTraces.of(store, WINDOW,
        List.of(candidate("postgres"), candidate("payment")), Redactor.standard());

    assertThat(samples).singleElement().satisfies(s -> assertThat(s.spans().get(0).service()).isEqualTo("payment"));
  }

  @Test
  void of_noCandidates_isEmpty() {
    store.trace(List.of(span("payment", 3, 1, 0, "Charge", ONSET + 1_000, true)));

    assertThat(ExampleTraces.of(store, WINDOW, List.of(), Redactor.standard())).isEmpty();
  }
}
