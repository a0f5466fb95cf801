package dev.rootline.app.capture;

import static dev.rootline.app.report.ReportFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.app.report.ReportFixtures.NO_CLEAR_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CaptureStore} does; each implementation's test extends this class. */
abstract class CaptureStoreContract {
  static final Instant T0 = Instant.parse("2026-03-02T09:40:00Z");
  static final Instant T1 = T0.plusSeconds(35 * 60);
  static final Instant T2 = T1.plusSeconds(60);
  static final Instant KEPT = Instant.parse("2026-03-02T10:20:00.123456Z");
  private CaptureStore store;

  abstract CaptureStore newStore() throws Exception;

  /** Makes the incident known where the store needs it (the JDBC store refers to incidents). */
  abstract void knownIncident(RcaReport report);

  /** Labels the incident where the store can see labels; false when it cannot. */
  abstract boolean label(String incidentId);

  @BeforeEach
  void open() throws Exception {
    store = newStore();
    knownIncident(CHECKOUT_BAD_DEPLOY);
    knownIncident(NO_CLEAR_CAUSE);
  }

  static CaptureChunk chunk(String incident, int seq, CaptureSignal signal, Instant from, Instant to, Instant kept,
      String... lines) {
    return new CaptureChunk(incident, seq, signal, from, to, lines.length, kept, ChunkLines.gzip(List.of(lines)));
  }

  @Test
  void chunks_returnEveryFieldBySeqThenSignal() throws Exception {
    CaptureChunk spans2 = chunk(CHECKOUT_BAD_DEPLOY.id(), 2, CaptureSignal.SPANS, T1, T2, KEPT, "{\"c\":3}");
    CaptureChunk spans1 = chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.SPANS, T0, T1, KEPT, "{\"a\":1}", "{\"b\":2}");
    CaptureChunk deploys1 = chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.DEPLOYS, T0, T1, KEPT);
    store.append(List.of(spans1, deploys1));
    store.append(List.of(spans2));

    List<CaptureChunk> chunks = store.chunks(CHECKOUT_BAD_DEPLOY.id());

    assertThat(chunks).extracting(CaptureChunk::seq, CaptureChunk::signal, CaptureChunk::from, CaptureChunk::to,
        CaptureChunk::items, CaptureChunk::capturedAt).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, CaptureSignal.SPANS, T0, T1, 2, KEPT),
            org.assertj.core.groups.Tuple.tuple(1, CaptureSignal.DEPLOYS, T0, T1, 0, KEPT),
            org.assertj.core.groups.Tuple.tuple(2, CaptureSignal.SPANS, T1, T2, 1, KEPT));
    assertThat(chunks.get(0).data()).isEqualTo(spans1.data());
    assertThat(store.chunks(NO_CLEAR_CAUSE.id())).isEmpty();
  }

  @Test
  void extent_reachesTheLatestStepAndSumsItsBytes() {
    CaptureChunk first = chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.LOGS, T0, T1, KEPT, "{}");
    CaptureChunk second = chunk(CHECKOUT_BAD_DEPLOY.id(), 2, CaptureSignal.LOGS, T1, T2, KEPT, "{}", "{}");
    store.append(List.of(first));
    store.append(List.of(second));

    assertThat(store.extent(CHECKOUT_BAD_DEPLOY.id()))
        .isEqualTo(new CaptureStore.Extent(2, T2, first.data().length + second.data().length));
    assertThat(store.extent(NO_CLEAR_CAUSE.id())).isEqualTo(CaptureStore.Extent.NONE);
  }

  @Test
  void append_aChunkKeptBefore_isRefused() {
    CaptureChunk chunk = chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.METRICS, T0, T1, KEPT, "{}");
    store.append(List.of(chunk));

    assertThatThrownBy(() -> store.append(List.of(chunk))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void expireUnlabelled_forgetsOldCapturesOnly() {
    store.append(List.of(chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.SPANS, T0, T1, KEPT, "{}")));
    store.append(List.of(chunk(NO_CLEAR_CAUSE.id(), 1, CaptureSignal.SPANS, T0, T1, KEPT.plusSeconds(3600), "{}")));

    assertThat(store.expireUnlabelled(KEPT.plusSeconds(60))).isEqualTo(1);

    assertThat(store.chunks(CHECKOUT_BAD_DEPLOY.id())).isEmpty();
    assertThat(store.chunks(NO_CLEAR_CAUSE.id())).hasSize(1);
  }

  @Test
  void expireUnlabelled_keepsLabelledIncidents() {
    assumeTrue(label(CHECKOUT_BAD_DEPLOY.id()), "the store sees no labels");
    store.append(List.of(chunk(CHECKOUT_BAD_DEPLOY.id(), 1, CaptureSignal.SPANS, T0, T1, KEPT, "{}")));

    assertThat(store.expireUnlabelled(KEPT.plusSeconds(3600))).isZero();

    assertThat(store.chunks(CHECKOUT_BAD_DEPLOY.id())).hasSize(1);
  }
}
