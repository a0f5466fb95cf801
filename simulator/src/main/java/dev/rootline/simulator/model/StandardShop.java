package dev.rootline.simulator.model;

import static dev.rootline.simulator.model.Latency.of;

import java.util.List;

/** The standard shop's services, their endpoints and their call graph. */
final class StandardShop {
  static final String CURRENCY_RPC = "shop.CurrencyService";
  static final String AD_RPC = "shop.AdService";
  private static final String PG = "postgresql";
  private static final String REDIS = "redis";
  private static final String CATALOG = "productcatalog";
  private static final String ORDERS = "orders";
  static final ExternalTarget CARDGATE = new ExternalTarget("cardgate", "api.cardgate.example", "POST",
      "/v1/charges", of(35, 0.5), 0.004, 502,
      new Failure("com.example.shop.payment.GatewayException", "card processor answered 502 Bad Gateway"));
  static final ExternalTarget PARCELHUB = new ExternalTarget("parcelhub", "api.parcelhub.example", "POST",
      "/v2/shipments", of(60, 0.5), 0.002, 504,
      new Failure("com.example.shop.shipping.CarrierException", "carrier API answered 504 Gateway Timeout"));

  private StandardShop() {}

  static ShopModel create(long seed) {
    return new ShopModel("shop", seed,
        List.of(frontend(), checkout(), cart(), catalog(), recommendation(), shipping(),
            currency(), payment(), email(), ad(), fulfillment(), accounting()),
        List.of(new Datastore(PG, "postgresql", "shop", "postgres", 5432, true),
            new Datastore(REDIS, "redis", "0", "redis-cart", 6379, false)),
        List.of(new Topic(ORDERS, 3)),
        List.of(new EntryPoint("frontend", "GET /", 30),
            new EntryPoint("frontend", "GET /product/{id}", 38),
            new EntryPoint("frontend", "GET /cart", 12),
            new EntryPoint("frontend", "POST /cart", 11),
            new EntryPoint("frontend", "POST /cart/checkout", 6),
            new EntryPoint("frontend", "GET /order/{orderId}", 3)));
  }

  private static ServiceSpec frontend() {
    Call ads = Call.service("ad", AD_RPC + "/GetAds").optional();
    Call recommendations = Call.service("recommendation", "GET /recommendations").optional();
    return new ServiceSpec("frontend", "2.3.1", 2, 8080, 0, List.of(
        Endpoint.http("GET", "/", of(6, 0.4)).calling(
            Call.service("currency", CURRENCY_RPC + "/GetSupportedCurrencies"),
            Call.service(CATALOG, "GET /products").inParallel(),
            Call.service("cart", "GET /cart/{userId}").inParallel(),
            ads),
        Endpoint.http("GET", "/product/{id}", of(5, 0.4)).calling(
            Call.service(CATALOG, "GET /products/{id}"),
            Call.service("currency", CURRENCY_RPC + "/Convert"),
            recommendations.inParallel(), ads.inParallel(),
            Call.service("cart", "GET /cart/{userId}")),
        Endpoint.http("GET", "/cart", of(5, 0.4)).calling(
            Call.service("cart", "GET /cart/{userId}"),
            Call.service(CATALOG, "GET /products/{id}").upTo(4).inParallel(),
            Call.service("currency", CURRENCY_RPC + "/Convert").upTo(4),
            Call.service("shipping", "POST /quote"),
            recommendations),
        Endpoint.http("POST", "/cart", of(4, 0.4)).calling(
            Call.service(CATALOG, "GET /products/{id}"),
            Call.service("cart", "POST /cart/{userId}/items")),
        Endpoint.http("POST", "/cart/checkout", of(4, 0.3)).calling(
            Call.service("checkout", "POST /checkout")),
        Endpoint.http("GET", "/order/{orderId}", of(3, 0.3)).calling(
            Call.service("checkout", "GET /orders/{orderId}"))));
  }

  private static ServiceSpec checkout() {
    return new ServiceSpec("checkout", "1.4.2", 2, 8080, 10, List.of(
        Endpoint.http("POST", "/checkout", of(8, 0.4)).calling(
            Call.service("cart", "GET /cart/{userId}"),
            Call.service(CATALOG, "GET /products/{id}").upTo(4).inParallel(),
            Call.service("currency", CURRENCY_RPC + "/Convert").upTo(4).inParallel(),
            Call.service("shipping", "POST /quote"),
            Call.service("payment", "POST /charge"),
            Call.service("shipping", "POST /ship"),
            Call.query(PG, "INSERT", "orders",
                "INSERT INTO orders (id, user_id, total, currency) VALUES ($1, $2, $3, $4)", of(3, 0.5)),
            Call.publish(ORDERS),
            Call.service("cart", "DELETE /cart/{userId}").optional())
            .failing(0.001, new Failure("org.springframework.dao.DataIntegrityViolationException",
                "could not execute statement; duplicate key value violates unique constraint \"orders_pkey\""))
            .logging("Order {orderId} placed for user {userId}, total {amount} USD"),
        Endpoint.http("GET", "/orders/{orderId}", of(3, 0.4)).calling(
            Call.query(PG, "SELECT", "orders", "SELECT id, status, total FROM orders WHERE id = $1", of(1.5, 0.5)))));
  }

  private static ServiceSpec cart() {
    return new ServiceSpec("cart", "3.0.7", 2, 8080, 0, List.of(
        Endpoint.http("GET", "/cart/{userId}", of(1.5, 0.4)).calling(
            Call.query(REDIS, "HGETALL", null, "HGETALL cart:?", of(0.5, 0.4))),
        Endpoint.http("POST", "/cart/{userId}/items", of(2, 0.4)).calling(
            Call.query(REDIS, "HSET", null, "HSET cart:? ? ?", of(0.5, 0.4)),
            Call.query(REDIS, "EXPIRE", null, "EXPIRE cart:? ?", of(0.4, 0.3)))
            .logging("Added product {productId} to cart of user {userId}"),
        Endpoint.http("DELETE", "/cart/{userId}", of(1.2, 0.3)).calling(
            Call.query(REDIS, "DEL", null, "DEL cart:?", of(0.4, 0.3)))));
  }

  private static ServiceSpec catalog() {
    return new ServiceSpec(CATALOG, "1.9.0", 2, 8080, 10, List.of(
        Endpoint.http("GET", "/products", of(3, 0.4)).calling(
            Call.query(REDIS, "GET", null, "GET catalog:all", of(0.5, 0.4)),
            Call.query(PG, "SELECT", "products",
                "SELECT id, name, price_units, categories FROM products ORDER BY id", of(4, 0.5))
                .onCacheMiss("catalog", 0.2)),
        Endpoint.http("GET", "/products/{id}", of(1.5, 0.4)).calling(
            Call.query(REDIS, "GET", null, "GET product:?", of(0.4, 0.4)),
            Call.query(PG, "SELECT", "products",
                "SELECT id, name, description, price_units FROM products WHERE id = $1", of(1.2, 0.5))
                .onCacheMiss("products", 0.3))
            .failing(0.001, new Failure("org.postgresql.util.PSQLException",
                "An I/O error occurred while sending to the backend."))));
  }

  private static ServiceSpec recommendation() {
    return new ServiceSpec("recommendation", "0.8.4", 2, 8080, 0, List.of(
        Endpoint.http("GET", "/recommendations", of(5, 0.5)).calling(
            Call.service(CATALOG, "GET /products").onCacheMiss("recommendations", 0.35))));
  }

  private static ServiceSpec shipping() {
    return new ServiceSpec("shipping", "1.2.0", 1, 8080, 5, List.of(
        Endpoint.http("POST", "/quote", of(2, 0.4)).calling(
            Call.service("currency", CURRENCY_RPC + "/Convert")),
        Endpoint.http("POST", "/ship", of(3, 0.4)).calling(
            Call.external(PARCELHUB),
            Call.query(PG, "INSERT", "shipments",
                "INSERT INTO shipments (order_id, address, tracking_id) VALUES ($1, $2, $3)", of(2.5, 0.5)))
            .logging("Shipment created for order {orderId}")));
  }

  private static ServiceSpec currency() {
    return new ServiceSpec("currency", "1.1.3", 2, 7001, 0, List.of(
        Endpoint.grpc(CURRENCY_RPC, "Convert", of(0.8, 0.3))
            .failing(0.001, new Failure("java.lang.ArithmeticException", "rate table not loaded for EUR")),
        Endpoint.grpc(CURRENCY_RPC, "GetSupportedCurrencies", of(0.5, 0.3))));
  }

  private static ServiceSpec payment() {
    return new ServiceSpec("payment", "2.0.5", 2, 8080, 5, List.of(
        Endpoint.http("POST", "/charge", of(8, 0.5)).calling(
            Call.external(CARDGATE),
            Call.query(PG, "INSERT", "payments",
                "INSERT INTO payments (order_id, amount, status) VALUES ($1, $2, $3)", of(2, 0.5)))
            .failing(0.001, new Failure("java.lang.IllegalArgumentException", "unsupported card brand"))
            .logging("Charged {amount} USD for order {orderId}")));
  }

  private static ServiceSpec email() {
    return new ServiceSpec("email", "0.5.1", 1, 8080, 0, List.of(
        Endpoint.http("POST", "/send_order_confirmation", of(25, 0.6))
            .failing(0.003, new Failure("jakarta.mail.MessagingException",
                "Could not connect to SMTP host: smtp.mailrelay.internal, port: 587"))
            .logging("Order confirmation for {orderId} sent")));
  }

  private static ServiceSpec ad() {
    return new ServiceSpec("ad", "1.0.9", 1, 9555, 0, List.of(
        Endpoint.grpc(AD_RPC, "GetAds", of(2, 0.4))
            .failing(0.001, new Failure("java.util.concurrent.TimeoutException", "ad index lookup timed out"))));
  }

  private static ServiceSpec fulfillment() {
    return new ServiceSpec("fulfillment", "1.3.0", 2, 8080, 5, List.of(
        Endpoint.consumer(ORDERS, of(4, 0.4)).calling(
            Call.query(PG, "INSERT", "fulfillment_tasks",
                "INSERT INTO fulfillment_tasks (order_id, warehouse, status) VALUES ($1, $2, $3)", of(2, 0.5)),
            Call.service("email", "POST /send_order_confirmation").optional())
            .logging("Fulfillment task created for order {orderId}")));
  }

  private static ServiceSpec accounting() {
    return new ServiceSpec("accounting", "0.9.2", 1, 8080, 5, List.of(
        Endpoint.consumer(ORDERS, of(2, 0.4)).calling(
            Call.query(PG, "INSERT", "ledger_entries",
                "INSERT INTO ledger_entries (order_id, amount, currency) VALUES ($1, $2, $3)", of(1.5, 0.5)))));
  }
}
