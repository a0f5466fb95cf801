package dev.rootline.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShopModelTest {
  private static final Latency FAST = Latency.of(1, 0.2);
  private static final Datastore DB = new Datastore("db", "postgresql", "shop", "postgres", 5432, true);

  private static ServiceSpec service(String name, Endpoint... endpoints) {
    return new ServiceSpec(name, "1.0.0", 1, 8080, 0, List.of(endpoints));
  }

  private static ShopModel model(ServiceSpec... services) {
    return new ShopModel("ns", 1, List.of(services), List.of(DB), List.of(new EntryPoint("a", "GET /a", 1)));
  }

  @Test
  void standard_hasTwelveServicesBothDatastoresAndAnOrdersTopic() {
    ShopModel shop = ShopModel.standard(1);

    assertThat(shop.services()).hasSize(12);
    assertThat(shop.consumers("orders")).extracting(ServiceSpec::name).containsExactly("fulfillment", "accounting");
    assertThat(shop.datastores()).extracting(Datastore::system).containsExactly("postgresql", "redis");
    assertThat(shop.service("checkout").endpoint("POST /checkout").calls()).hasSizeGreaterThan(5);
  }

  @Test
  void new_rejectsACallToAnUnknownEndpoint() {
    ServiceSpec a = service("a", Endpoint.http("GET", "/a", FAST).calling(Call.service("b", "GET /nope")));

    assertThatThrownBy(() -> model(a, service("b", Endpoint.http("GET", "/b", FAST))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service b has no endpoint 'GET /nope'");
  }

  @Test
  void new_rejectsAQueryToAnUnknownDatastore() {
    ServiceSpec a = service("a",
        Endpoint.http("GET", "/a", FAST).calling(Call.query("mongo", "find", "x", "{}", FAST)));

    assertThatThrownBy(() -> model(a)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown datastore 'mongo'");
  }

  @Test
  void new_rejectsACycleInTheCallGraph() {
    ServiceSpec a = service("a", Endpoint.http("GET", "/a", FAST).calling(Call.service("b", "GET /b")));
    ServiceSpec b = service("b", Endpoint.http("GET", "/b", FAST).calling(Call.service("a", "GET /a")));

    assertThatThrownBy(() -> model(a, b)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
  }

  @Test
  void endpoint_isNamedAsItsServerSpans() {
    assertThat(Endpoint.http("GET", "/cart/{userId}", FAST).name()).isEqualTo("GET /cart/{userId}");
    assertThat(Endpoint.grpc("shop.CurrencyService", "Convert", FAST).name()).isEqualTo("shop.CurrencyService/Convert");
  }
}
