package dev.rootline.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryCaptureTest {
  private static final Instant ONSET = Instant.parse("2026-03-02T10:00:00Z");
  private static final Resource CART = Resource.of("cart", "1.0");
  private static final Clock WALL = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
  private static final Duration LATENESS = CaptureSettings.DEFAULTS.lateness();

  private final CaptureStore store = CaptureStore.inMemory(10);
  private final List<DeployEvent> changes = new ArrayList<>();
  private final TelemetryCapture capture = new TelemetryCapture(CaptureSettings.DEFAULTS, () -> changes, store, WALL);

  /** One span per minute from {@code from} to {@code to} minutes after the onset, each with a log line. */
  private void minutes(int from, int to) {
    for (int m = from; m <= to; m++) {
      long nanos = ONSET.plusSeconds(60L * m).toEpochMilli() * 1_000_000;
      capture.spans(List.of(new Span(CART, 1, m + 100, 7, 0, "GET /cart", SpanKind.SERVER, nanos - 1000, nanos,
          SpanStatus.OK, null, SpanAttributes.NONE, List.of())));
      capture.logs(List.of(new LogRecord(CART, nanos, 9, "INFO", "minute " + m, 0, 0, 0, Map.of())));
    }
  }

  private static RcaReport report(String id, Instant resolved) {
    RcaReport r = ReportFixtures.report(id, 1, ONSET, ONSET.plusSeconds(60));
    Incident i = r.incident();
    return new RcaReport(new Incident(id, resolved == null ? Incident.State.OPEN : Incident.State.RESOLVED, i.onset(),
        i.lastSeen(), resolved, i.severity(), i.symptoms(), i.services()), 1, r.analysedAt(), r.verdict(),
        r.candidates(), r.blastRadius(), r.timeline(), null);
  }

  private List<String> lines(String id, CaptureSignal signal) throws IOException {
    List<String> lines = new ArrayList<>();
    for (CaptureChunk chunk : store.chunks(id)) {
      if (chunk.signal() == signal) {
        ChunkLines.forEach(chunk.data(), lines::add);
      }
    }
    return lines;
  }

  @Test
  void flush_capturesFromTheBaselineBeforeTheOnsetUpToTheLateness() throws IOException {
    minutes(-40, 3);
    changes.add(new DeployEvent("cart", "1.0", "0.9", null, ChangeKind.DEPLOY, ONSET.minusSeconds(120), null,
        "jane.doe@example.com", "rollout", DeployEvent.Source.REPORTED));
    capture.track(report("inc-1", null));

    capture.flush();

    List<CaptureChunk> chunks = store.chunks("inc-1");
    assertThat(chunks).extracting(CaptureChunk::seq).containsOnly(1);
    assertThat(chunks.get(0).from()).isEqualTo(ONSET.minus(Duration.ofMinutes(35)));
    assertThat(chunks.get(0).to()).isEqualTo(ONSET.plusSeconds(180).minus(LATENESS));
    assertThat(chunks.get(0).items()).as("spans from minute -35 to 2").isEqualTo(38);
    assertThat(lines("inc-1", CaptureSignal.DEPLOYS)).singleElement().asString()
        .contains("rollout").doesNotContain("jane.doe");
  }

  @Test
  void flush_later_extendsTheCaptureWhereItEnded() {
    minutes(-40, 3);
    capture.track(report("inc-1", null));
    capture.flush();
    minutes(4, 6);

    capture.flush();

    List<CaptureChunk> spans = store.chunks("inc-1").stream().filter(c -> c.signal() == CaptureSignal.SPANS).toList();
    assertThat(spans).extracting(CaptureChunk::seq).containsExactly(1, 2);
    assertThat(spans.get(1).from()).isEqualTo(spans.get(0).to());
    assertThat(spans.get(1).items()).as("minutes 3, 4 and 5").isEqualTo(3);
    assertThat(capture.active()).isEqualTo(1);
  }

  @Test
  void flush_endsFiveMinutesAfterTheIncidentResolved() {
    minutes(-40, 3);
    capture.track(report("inc-1", null));
    capture.flush();
    capture.track(report("inc-1", ONSET.plusSeconds(240)));
    minutes(4, 20);

    capture.flush();
    capture.flush();

    assertThat(capture.active()).isZero();
    CaptureStore.Extent extent = store.extent("inc-1");
    assertThat(extent.lastSeq()).isEqualTo(2);
    assertThat(extent.to()).isEqualTo(ONSET.plusSeconds(240 + 300));
  }

  @Test
  void track_beyondTheActiveBound_isRefusedAndCounted() {
    CaptureSettings one = new CaptureSettings(Duration.ofMinutes(45), Duration.ofMinutes(35), Duration.ofMinutes(5),
        LATENESS, 100, 100, 100, 10, 1 << 20, 1);
    TelemetryCapture small = new TelemetryCapture(one, List::of, store, WALL);

    small.track(report("inc-1", null));
    small.track(report("inc-2", null));

    assertThat(small.active()).isEqualTo(1);
    assertThat(small.refused()).isEqualTo(1);
  }

  @Test
  void flush_pastTheByteBound_endsTheCaptureAndCountsIt() {
    CaptureSettings tiny = new CaptureSettings(Duration.ofMinutes(45), Duration.ofMinutes(35), Duration.ofMinutes(5),
        LATENESS, 1000, 1000, 1000, 10, 150, 5);
    TelemetryCapture small = new TelemetryCapture(tiny, List::of, store, WALL);
    small.spans(List.of(new Span(CART, 1, 2, 3, 0, "GET /cart/{user}", SpanKind.SERVER, 0,
        ONSET.toEpochMilli() * 1_000_000, SpanStatus.OK, null, SpanAttributes.NONE, List.of())));
    small.spans(List.of(new Span(CART, 1, 2, 4, 0, "GET", SpanKind.SERVER, 0,
        ONSET.plusSeconds(60).toEpochMilli() * 1_000_000, SpanStatus.OK, null, SpanAttributes.NONE, List.of())));
    small.track(report("inc-1", null));

    small.flush();

    assertThat(store.chunks("inc-1")).isEmpty();
    assertThat(small.capped()).isEqualTo(1);
    assertThat(small.active()).isZero();
  }

  @Test
  void track_afterARestart_goesOnWhereTheStoredCaptureEnded() {
    minutes(-40, 3);
    capture.track(report("inc-1", null));
    capture.flush();
    TelemetryCapture restarted = new TelemetryCapture(CaptureSettings.DEFAULTS, List::of, store, WALL);
    restarted.spans(List.of(new Span(CART, 1, 2, 3, 0, "GET", SpanKind.SERVER, 0,
        ONSET.plusSeconds(600).toEpochMilli() * 1_000_000, SpanStatus.OK, null, SpanAttributes.NONE, List.of())));
    restarted.track(report("inc-1", null));

    restarted.flush();

    List<CaptureChunk> spans = store.chunks("inc-1").stream().filter(c -> c.signal() == CaptureSignal.SPANS).toList();
    assertThat(spans).extracting(CaptureChunk::seq).containsExactly(1, 2);
    assertThat(spans.get(1).from()).isEqualTo(spans.get(0).to());
  }

  @Test
  void disabled_keepsNothing() {
    TelemetryCapture off = new TelemetryCapture(CaptureSettings.DISABLED, List::of, store, WALL);
    off.spans(List.of(new Span(CART, 1, 2, 3, 0, "GET", SpanKind.SERVER, 0, ONSET.toEpochMilli() * 1_000_000,
        SpanStatus.OK, null, SpanAttributes.NONE, List.of())));
    off.track(report("inc-1", null));

    off.flush();

    assertThat(store.chunks("inc-1")).isEmpty();
    assertThat(off.refused()).isZero();
  }
}
