package dev.rootline.app.report;

import static dev.rootline.app.report.ReportFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.app.report.ReportFixtures.NO_CLEAR_CAUSE;
import static dev.rootline.app.report.ReportFixtures.report;
import static dev.rootline.app.report.ReportFixtures.withVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.rca.RcaReport.Verdict;
import dev.rootline.rca.report.ReportStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReportStore} does; each implementation's test extends this class. */
abstract class ReportStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private ReportStore store;

  /** A new, empty store. */
  abstract ReportStore newStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = newStore();
  }

  @Test
  void find_returnsEverySavedField_includingNaNFiguresAndNulls() {
    assertThat(store.save(CHECKOUT_BAD_DEPLOY)).isTrue();
    assertThat(store.save(NO_CLEAR_CAUSE)).isTrue();

    assertThat(store.find(CHECKOUT_BAD_DEPLOY.id())).contains(CHECKOUT_BAD_DEPLOY);
    assertThat(store.find(NO_CLEAR_CAUSE.id())).contains(NO_CLEAR_CAUSE);
    RcaReport found = store.find(CHECKOUT_BAD_DEPLOY.id()).orElseThrow();
    assertThat(found.candidates().get(0).evidence().get(0).baseline()).isNaN();
    assertThat(found.candidates().get(0).features().get("self_time_ratio")).isNaN();
    assertThat(found.incident().symptoms().get(1).expected()).isNaN();
    assertThat(found.candidates().get(1).version()).isNull();
    assertThat(found.explanation()).isNull();
    assertThat(found.incident().onset()).isEqualTo(ReportFixtures.ONSET); // nanoseconds kept
  }

  @Test
  void find_unknownIncident_isEmpty() {
    store.save(CHECKOUT_BAD_DEPLOY);

    assertThat(store.find("inc-nobody")).isEmpty();
  }

  @Test
  void save_sameRevisionAgain_changesNothing() {
    RcaReport first = report("inc-a", 2, T0, T0.plusSeconds(60));
    RcaReport sameRevision = withVerdict(first, 2, Verdict.NO_CLEAR_CAUSE);

    assertThat(store.save(first)).isTrue();
    assertThat(store.save(sameRevision)).isFalse();
    assertThat(store.save(first)).isFalse();

    assertThat(store.find("inc-a")).contains(first);
  }

  @Test
  void save_newerRevision_replacesAndOlderIsIgnored() {
    RcaReport first = report("inc-a", 1, T0, T0.plusSeconds(60));
    RcaReport second = withVerdict(report("inc-a", 2, T0, T0.plusSeconds(120)), 2, Verdict.LOW_CONFIDENCE);

    assertThat(store.save(first)).isTrue();
    assertThat(store.save(second)).isTrue();
    assertThat(store.save(first)).isFalse();

    assertThat(store.find("inc-a")).contains(second);
  }

  @Test
  void save_revisionsOutOfOrder_keepsTheHighest() {
    for (int revision : new int[] {3, 1, 5, 2, 4}) {
      store.save(report("inc-a", revision, T0, T0.plusSeconds(revision)));
    }

    assertThat(store.find("inc-a").orElseThrow().revision()).isEqualTo(5);
    assertThat(store.recent(Instant.EPOCH, 10)).extracting(RcaReport::revision).containsExactly(5);
  }

  @Test
  void save_concurrentRevisionsOfNewIncidents_keepTheHighest() throws Exception {
    int incidents = 30;
    int writers = 4; // revisions per incident, saved at the same moment by four threads
    List<Callable<Boolean>> saves = new ArrayList<>();
    for (int i = 0; i < incidents; i++) {
      CyclicBarrier together = new CyclicBarrier(writers);
      for (int revision = writers; revision >= 1; revision--) {
        RcaReport report = report("inc-race-" + i, revision, T0, T0.plusSeconds(revision));
        saves.add(() -> {
          together.await(30, TimeUnit.SECONDS);
          return store.save(report);
        });
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (Future<Boolean> saved : pool.invokeAll(saves, 120, TimeUnit.SECONDS)) {
        saved.get(); // fails the test when a save threw or timed out
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, Integer> kept = store.recent(Instant.EPOCH, 100).stream()
        .collect(Collectors.toMap(RcaReport::id, RcaReport::revision));
    assertThat(kept).hasSize(incidents);
    assertThat(kept).as("revision kept per incident").allSatisfy((id, revision) -> assertThat(revision).isEqualTo(writers));
  }

  @Test
  void recent_isNewestOnsetFirst_andLimited() {
    store.save(report("inc-1", 1, T0, T0.plusSeconds(600)));
    store.save(report("inc-3", 1, T0.plusSeconds(200), T0.plusSeconds(300)));
    store.save(report("inc-2", 1, T0.plusSeconds(100), T0.plusSeconds(900)));

    assertThat(store.recent(Instant.EPOCH, 10)).extracting(RcaReport::id).containsExactly("inc-3", "inc-2", "inc-1");
    assertThat(store.recent(Instant.EPOCH, 2)).extracting(RcaReport::id).containsExactly("inc-3", "inc-2");
  }

  @Test
  void recent_keepsIncidentsLastSeenAtOrAfterSince() {
    store.save(report("inc-old", 1, T0, T0.plusSeconds(60)));
    store.save(report("inc-edge", 1, T0.plusSeconds(10), T0.plusSeconds(120)));
    store.save(report("inc-new", 1, T0.plusSeconds(20), T0.plusSeconds(180)));

    assertThat(store.recent(T0.plusSeconds(120), 10)).extracting(RcaReport::id).containsExactly("inc-new", "inc-edge");
    assertThat(store.recent(T0.plusSeconds(181), 10)).isEmpty();
  }

  @Test
  void recent_seesTheLatestRevision() {
    store.save(report("inc-a", 1, T0, T0.plusSeconds(60)));
    store.save(report("inc-a", 2, T0, T0.plusSeconds(600)));

    assertThat(store.recent(T0.plusSeconds(300), 10)).extracting(RcaReport::revision).containsExactly(2);
  }

  @Test
  void recent_ofEmptyStore_isEmpty() {
    assertThat(store.recent(Instant.EPOCH, 10)).isEmpty();
  }
}
