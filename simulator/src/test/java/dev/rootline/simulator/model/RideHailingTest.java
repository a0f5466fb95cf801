package dev.rootline.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RideHailingTest {
  private static final ShopModel RIDE = ShopModel.ride(1);
  private static final ShopModel SHOP = ShopModel.standard(1);

  @Test
  void ride_sharesNoNameWithTheShop() {
    Set<String> shop = names(SHOP);

    assertThat(names(RIDE)).hasSizeGreaterThan(10).doesNotContainAnyElementsOf(shop);
    assertThat(RIDE.namespace()).isNotEqualTo(SHOP.namespace());
  }

  @Test
  void ride_isAGatewayBeforeNineServicesWithTwoDatabasesACacheAnApiAndAQueue() {
    assertThat(RIDE.services()).hasSize(10);
    assertThat(RIDE.entryPoints()).extracting(EntryPoint::service).containsOnly("gateway");
    assertThat(RIDE.datastores()).extracting(Datastore::system).containsExactly("mysql", "mongodb", "memcached");
    assertThat(externals(RIDE)).extracting(ExternalTarget::address).containsExactly("api.routemaps.example");
    assertThat(RIDE.topics()).extracting(Topic::name).containsExactly("trip-events");
    assertThat(RIDE.consumers("trip-events")).extracting(ServiceSpec::name).containsExactly("receipts");
  }

  @Test
  void ride_hasCallChainsFiveHopsDeepWhereTheShopHasThree() {
    assertThat(RIDE.entryPoints().stream().mapToInt(e -> hops(RIDE, RIDE.service(e.service()).endpoint(e.endpoint())))
        .max()).hasValue(5);
    assertThat(SHOP.entryPoints().stream().mapToInt(e -> hops(SHOP, SHOP.service(e.service()).endpoint(e.endpoint())))
        .max()).hasValue(3);
  }

  @Test
  void ride_marksErrorsInSomeServicesOnlyExportsAt30Or60SecondsAndReportsNoChanges() {
    assertThat(RIDE.services()).filteredOn(s -> !s.instrumentation().errorStatus()).extracting(ServiceSpec::name)
        .containsExactlyInAnyOrder("rider-profile", "dispatch", "billing");
    assertThat(RIDE.services()).extracting(s -> s.instrumentation().metricsInterval()).containsOnly(
        Duration.ofSeconds(30), Duration.ofSeconds(60)).contains(Duration.ofSeconds(30), Duration.ofSeconds(60));
    assertThat(RIDE.reportsChanges()).isFalse();
    assertThat(RIDE.trafficCycle()).isNotEqualTo(TrafficCycle.SHOP);
    assertThat(SHOP.reportsChanges()).isTrue();
    assertThat(SHOP.services()).extracting(ServiceSpec::instrumentation).containsOnly(Instrumentation.STANDARD);
  }

  /** The most calls between the user and the deepest dependency, counting each service, query or API call. */
  private static int hops(ShopModel model, Endpoint endpoint) {
    int deepest = 0;
    for (Call call : endpoint.calls()) {
      int below = call.target() instanceof ServiceTarget t
          ? hops(model, model.service(t.service()).endpoint(t.endpoint())) : 0;
      deepest = Math.max(deepest, 1 + below);
    }
    return deepest;
  }

  private static Set<String> names(ShopModel model) {
    Set<String> names = new HashSet<>();
    model.services().forEach(s -> names.add(s.name()));
    model.datastores().forEach(d -> names.add(d.name()));
    model.topics().forEach(t -> names.add(t.name()));
    externals(model).forEach(api -> names.add(api.name()));
    return names;
  }

  private static List<ExternalTarget> externals(ShopModel model) {
    return model.services().stream().flatMap(s -> s.endpoints().stream()).flatMap(e -> e.calls().stream())
        .map(c -> c.target() instanceof ExternalTarget api ? api : null).filter(Objects::nonNull).distinct().toList();
  }
}
