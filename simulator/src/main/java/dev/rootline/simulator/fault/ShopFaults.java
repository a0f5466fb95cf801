package dev.rootline.simulator.fault;

import static dev.rootline.simulator.model.Latency.of;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Failure;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the standard shop's faults look like, service by service: which route a broken change hits,
 * which dependency code calls once per item, which client retries which callee, how each dependency
 * fails when it is down. Any other service falls back to its first endpoint and generic failures.
 */
final class ShopFaults {
  private static final String PG = "postgresql";
  private static final String CATALOG = "productcatalog";
  private static final String PRODUCT = "GET /products/{id}";

  /** The route a change breaks, when not the service's first endpoint. */
  static final Map<String, String> MAIN_ENDPOINTS = Map.ofEntries(
      Map.entry("frontend", "GET /product/{id}"),
      Map.entry("checkout", "POST /checkout"),
      Map.entry("cart", "GET /cart/{userId}"),
      Map.entry(CATALOG, PRODUCT),
      Map.entry("shipping", "POST /quote"),
      Map.entry("currency", "shop.CurrencyService/Convert"));

  /** Per service, the endpoint an N+1 regression hits and the call it then makes per item. */
  static final Map<String, Map.Entry<String, Call>> PER_ITEM = Map.of(
      "checkout", Map.entry("POST /checkout", Call.service(CATALOG, PRODUCT)),
      "frontend", Map.entry("GET /cart", Call.service(CATALOG, PRODUCT)),
      "recommendation", Map.entry("GET /recommendations", Call.service(CATALOG, PRODUCT)),
      CATALOG, Map.entry("GET /products", Call.query(PG, "SELECT", "prices",
          "SELECT amount, currency FROM prices WHERE product_id = $1", of(0.8, 0.5))),
      "cart", Map.entry("GET /cart/{userId}", Call.query("redis", "HGET", null, "HGET cart:? ?", of(0.3, 0.4))),
      "shipping", Map.entry("POST /quote", Call.service("currency", "shop.CurrencyService/Convert")),
      "fulfillment", Map.entry("orders process", Call.query(PG, "SELECT", "inventory",
          "SELECT quantity FROM inventory WHERE product_id = $1 FOR UPDATE", of(1.5, 0.5))),
      "payment", Map.entry("POST /charge", Call.query(PG, "SELECT", "payment_methods",
          "SELECT id, brand, last4 FROM payment_methods WHERE id = $1", of(1, 0.5))));

  /** Per caller, the callee its misconfigured client retries. */
  static final Map<String, FaultTables.RetryEdge> RETRIES = Map.of(
      "frontend", new FaultTables.RetryEdge("cart", 4),
      "checkout", new FaultTables.RetryEdge("payment", 75),
      "shipping", new FaultTables.RetryEdge("currency", 2),
      "recommendation", new FaultTables.RetryEdge(CATALOG, 10));

  /** Per service, the setting whose change breaks it. */
  static final Map<String, FaultTables.Setting> SETTINGS = Map.of(
      "checkout", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag one-click-checkout",
          new Failure("java.lang.IllegalStateException", "no default payment method for user")),
      "frontend", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag new-product-page",
          new Failure("org.thymeleaf.exceptions.TemplateInputException",
              "An error happened during template parsing (template: \"product-v2\")")),
      "currency", new FaultTables.Setting(ChangeKind.CONFIG, "config currency.rates.source",
          new Failure("java.lang.ArithmeticException", "rate table not loaded for JPY")),
      "payment", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag 3ds-v2",
          new Failure("com.example.shop.payment.GatewayException", "card processor answered 400: invalid 3DS version")),
      "shipping", new FaultTables.Setting(ChangeKind.CONFIG, "config shipping.zones.table",
          new Failure("java.util.NoSuchElementException", "no shipping zone for postcode")),
      CATALOG, new FaultTables.Setting(ChangeKind.CONFIG, "config catalog.datasource.read-replica",
          new Failure("org.postgresql.util.PSQLException", "ERROR: permission denied for table products")));

  /** Per dependency, how it fails when down. */
  static final Map<String, FaultTables.Outage> OUTAGES = Map.of(
      PG, new FaultTables.Outage(new Failure("org.postgresql.util.PSQLException",
          "An I/O error occurred while sending to the backend."), 2),
      "redis", new FaultTables.Outage(new Failure("io.lettuce.core.RedisCommandTimeoutException",
          "Command timed out after 1 second(s)"), 1000),
      "cardgate", new FaultTables.Outage(
          new Failure("java.net.http.HttpConnectTimeoutException", "HTTP connect timed out"), 2000),
      "parcelhub", new FaultTables.Outage(
          new Failure("java.net.http.HttpTimeoutException", "request timed out"), 3000));

  /** Per consumer, what its poison record makes it throw. */
  static final Map<String, Failure> POISON = Map.of(
      "fulfillment", new Failure("com.fasterxml.jackson.databind.exc.InvalidFormatException",
          "Cannot deserialize value of type `java.math.BigDecimal` from String \"12,50\": not a valid representation"),
      "accounting", new Failure("org.springframework.kafka.support.serializer.DeserializationException",
          "failed to deserialize; nested exception is org.apache.kafka.common.errors.SerializationException:"
              + " Unknown magic byte!"));

  /** Where each type strikes when no target is named: the demo's and the command line's defaults. */
  static final Map<FaultType, String> DEFAULT_TARGETS = defaults();

  static final FaultTables TABLES = new FaultTables(MAIN_ENDPOINTS, PER_ITEM, RETRIES, SETTINGS, OUTAGES, POISON,
      DEFAULT_TARGETS, ShopFaults::regression);

  private ShopFaults() {}

  private static Map<FaultType, String> defaults() {
    Map<FaultType, String> targets = new EnumMap<>(FaultType.class);
    for (FaultType type : FaultType.values()) {
      targets.put(type, switch (type) {
        case NETWORK_DELAY -> "frontend>cart";
        case RETRY_STORM -> "checkout>payment";
        case CACHE_STAMPEDE, N_PLUS_ONE -> CATALOG;
        case DEPENDENCY_OUTAGE -> PG;
        case POISON_PILL -> "fulfillment";
        case POOL_EXHAUSTION, BAD_DEPLOY, CONFIG_CHANGE -> "checkout";
        default -> "payment";
      });
    }
    return Map.copyOf(targets);
  }

  /** The exception a bad version of {@code service} throws. */
  static Failure regression(String service) {
    return new Failure("java.lang.NullPointerException", "Cannot invoke \"com.example.shop." + service
        + ".model.LineItem.getQuantity()\" because \"item\" is null");
  }
}
