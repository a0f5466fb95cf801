package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.incident.Incident.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routes by service pattern, environment and severity; the first match decides. */
class RoutingTest {
  private static final Route PAYMENTS = new Route("payments", List.of("payments*"), Set.of(), Set.of(),
      List.of("slack-payments", "pagerduty"));
  private static final Route PAGE_CRITICAL = new Route("page", List.of(), Set.of("production"),
      Set.of(Severity.CRITICAL), List.of("pagerduty", "slack-ops"));
  private static final Route EVERYTHING = new Route("rest", List.of(), Set.of(), Set.of(), List.of("slack-ops"));

  @Test
  void channelsFor_firstMatchingRouteDecides() {
    Routing routing = Routing.of(List.of(PAYMENTS, PAGE_CRITICAL, EVERYTHING), "production");

    assertThat(routing.channelsFor(CHECKOUT_BAD_DEPLOY)).containsExactly("pagerduty", "slack-ops");
  }

  @Test
  void channelsFor_otherEnvironment_fallsThroughToTheCatchAll() {
    Routing routing = Routing.of(List.of(PAYMENTS, PAGE_CRITICAL, EVERYTHING), "staging");

    assertThat(routing.channelsFor(CHECKOUT_BAD_DEPLOY)).containsExactly("slack-ops");
  }

  @Test
  void channelsFor_serviceGlobMatchesAnyServiceOfTheIncident() {
    Routing routing = Routing.of(List.of(new Route("db", List.of("postgres-*"), Set.of(), Set.of(), List.of("dba")),
        EVERYTHING), "production");

    assertThat(routing.channelsFor(CHECKOUT_BAD_DEPLOY)).containsExactly("dba");
  }

  @Test
  void channelsFor_noRouteMatches_isEmpty() {
    assertThat(Routing.of(List.of(PAYMENTS), "production").channelsFor(CHECKOUT_BAD_DEPLOY)).isEmpty();
  }

  @Test
  void glob_matchesStarsAnywhere() {
    assertThat(Route.glob("payments*", "payments-api")).isTrue();
    assertThat(Route.glob("*-api", "payments-api")).isTrue();
    assertThat(Route.glob("p*s-*i", "payments-api")).isTrue();
    assertThat(Route.glob("payments", "payments-api")).isFalse();
    assertThat(Route.glob("*-db", "payments-api")).isFalse();
    assertThat(Route.glob("a*a", "a")).isFalse();
  }
}
