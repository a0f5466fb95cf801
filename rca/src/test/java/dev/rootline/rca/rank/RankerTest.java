package dev.rootline.rca.rank;

import static dev.rootline.rca.MiniShop.ONSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport.Verdict;
import dev.rootline.rca.MiniShop;
import dev.rootline.rca.evidence.EvidenceStore;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankerTest {
  private static final long UNTIL = ONSET + 3 * 60_000L;
  private static final Set<String> FRONT = Set.of("frontend");

  private final EvidenceStore store = EvidenceStore.standard();
  private final MiniShop shop = new MiniShop();

  private Ranker.Ranking rank() {
    shop.run(store, UNTIL);
    return new Ranker(store, LogChanges.none()).rank(AnalysisWindow.of(ONSET, UNTIL), FRONT);
  }

  private static String top(Ranker.Ranking ranking) {
    Candidate first = ranking.candidates().get(0);
    return first.service() + " " + first.indicator().wireName();
  }

  @Test
  void rank_putsDeployedServiceFirst_whenItsNewVersionFails() {
    shop.version.put("payment", "2.0");
    shop.failing.put("payment", 0.3);

    Ranker.Ranking ranking = rank();

    assertThat(top(ranking)).isEqualTo("payment code-change");
    assertThat(ranking.candidates().get(0).version()).isEqualTo("2.0");
    assertThat(ranking.candidates().get(0).evidence()).extracting(e -> e.kind().name())
        .contains("CHANGE", "ERROR_ORIGIN");
    assertThat(ranking.verdict()).isEqualTo(Verdict.CONFIDENT);
  }

  @Test
  void rank_blamesTheServiceWhereErrorsBegin_notTheCallersTheyPassThrough() {
    shop.failing.put("productcatalog", 0.2);

    assertThat(top(rank())).isEqualTo("productcatalog errors");
  }

  @Test
  void rank_blamesTheSlowService_notItsCallersWhoWait() {
    shop.slower.put("payment", 40.0);

    assertThat(top(rank())).isEqualTo("payment latency");
  }

  @Test
  void rank_putsTheCallerFirst_whenItsNewVersionCallsOncePerItem() {
    shop.version.put("checkout", "2.0");
    shop.catalogCalls = 6;
    shop.slower.put("productcatalog", 2.0); // the callee merely shows the load

    Ranker.Ranking ranking = rank();

    assertThat(top(ranking)).isEqualTo("checkout code-change");
    assertThat(ranking.candidates().get(0).features()).containsKey("fan_out_log2");
  }

  @Test
  void rank_blamesTheDependency_whenQueriesFromSeveralCallersFail() {
    shop.databaseFailing = 0.3;

    Ranker.Ranking ranking = rank();

    assertThat(top(ranking)).isEqualTo("postgresql dependency");
    assertThat(ranking.candidates().get(0).kind()).isEqualTo(Candidate.Kind.DEPENDENCY);
  }

  @Test
  void rank_blamesThePoolOwner_whenItsConnectionsRunOut() {
    shop.paymentPending = 10;
    shop.slower.put("payment", 30.0);
    shop.failing.put("payment", 0.1);

    Ranker.Ranking ranking = rank();

    assertThat(top(ranking)).isEqualTo("payment saturation");
  }

  @Test
  void rank_namesTheNetwork_whenCallsIntoAServiceSlowOutsideItsSpans() {
    shop.network.put("cart", 30.0);

    assertThat(top(rank())).isEqualTo("cart network");
  }

  @Test
  void rank_abstains_whenNothingStandsOut() {
    Ranker.Ranking ranking = rank();

    assertThat(ranking.verdict()).isEqualTo(Verdict.NO_CLEAR_CAUSE);
    assertThat(ranking.candidates()).allSatisfy(c -> assertThat(c.confidence()).isLessThanOrEqualTo(0.1));
  }

  @Test
  void rank_doesNotBlameAHarmlessDeploy_whenAnotherServiceFails() {
    shop.version.put("cart", "1.1");
    shop.failing.put("payment", 0.3);

    Ranker.Ranking ranking = rank();

    assertThat(top(ranking)).isEqualTo("payment errors");
    Candidate cart = ranking.candidates().stream().filter(c -> c.service().equals("cart")).findFirst().orElseThrow();
    assertThat(cart.score()).isLessThan(ranking.candidates().get(0).score() / 2);
  }
}
