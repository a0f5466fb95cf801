package dev.rootline.simulator.fault;

import static dev.rootline.simulator.model.Latency.of;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Failure;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the ride system's faults look like ({@code ShopModel.ride}), service by service, in the shape
 * of {@link ShopFaults}. Its external API is named by its host, as its callers' spans name it.
 */
final class RideFaults {
  static final String NAMESPACE = "ride";
  private static final String MYSQL = "mysql";
  private static final String MONGO = "mongodb";
  private static final String ROUTEMAPS = "api.routemaps.example";
  private static final String ROUTE = "ride.GeoService/Route";

  static final Map<String, String> MAIN_ENDPOINTS = Map.of(
      "gateway", "GET /v1/estimates",
      "trips", "POST /trips",
      "pricing", "ride.PricingService/Quote",
      "dispatch", "POST /dispatch",
      "driver-locator", "ride.DriverLocatorService/Nearby",
      "geo", ROUTE,
      "billing", "POST /authorizations");

  static final Map<String, Map.Entry<String, Call>> PER_ITEM = Map.of(
      "dispatch", Map.entry("POST /dispatch", Call.query(MYSQL, "SELECT", "driver_ratings",
          "SELECT avg_rating, trips_completed FROM driver_ratings WHERE driver_id = ?", of(1.2, 0.5))),
      "driver-locator", Map.entry("ride.DriverLocatorService/Nearby", Call.service("geo", ROUTE)),
      "pricing", Map.entry("ride.PricingService/Quote", Call.service("surge", "ride.SurgeService/GetMultiplier")),
      "billing", Map.entry("POST /authorizations", Call.query(MYSQL, "SELECT", "promotions",
          "SELECT discount, valid_until FROM promotions WHERE code = ?", of(1, 0.5))),
      "rider-profile", Map.entry("GET /riders/{riderId}", Call.query(MONGO, "find", "saved_places",
          "{\"find\": \"saved_places\", \"filter\": {\"_id\": \"?\"}}", of(1.5, 0.5))),
      "receipts", Map.entry("trip-events process", Call.query(MYSQL, "SELECT", "fare_components",
          "SELECT amount, kind FROM fare_components WHERE trip_id = ? AND seq = ?", of(0.9, 0.5))));

  /** Timeouts near the 90th percentile of each call as its caller sees it. */
  static final Map<String, FaultTables.RetryEdge> RETRIES = Map.of(
      "gateway", new FaultTables.RetryEdge("trips", 170),
      "trips", new FaultTables.RetryEdge("pricing", 150),
      "pricing", new FaultTables.RetryEdge("surge", 5),
      "dispatch", new FaultTables.RetryEdge("driver-locator", 190),
      "driver-locator", new FaultTables.RetryEdge("geo", 145));

  static final Map<String, FaultTables.Setting> SETTINGS = Map.of(
      "gateway", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag estimates-v2-schema",
          new Failure("com.fasterxml.jackson.databind.exc.MismatchedInputException",
              "Cannot deserialize value of type `java.math.BigDecimal` from Object value")),
      "pricing", new FaultTables.Setting(ChangeKind.CONFIG, "config pricing.tariffs.table",
          new Failure("java.util.NoSuchElementException", "no tariff for zone at this hour")),
      "trips", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag scheduled-rides",
          new Failure("java.lang.IllegalArgumentException", "pickup time must be in the future")),
      "dispatch", new FaultTables.Setting(ChangeKind.CONFIG, "config dispatch.offer.timeout",
          new Failure("com.example.ride.dispatch.NoDriverAvailableException",
              "no driver accepted the offer within 0 s")),
      "geo", new FaultTables.Setting(ChangeKind.CONFIG, "config geo.routing.api-key",
          new Failure("com.example.ride.geo.RoutingException", "routing API answered 403 Forbidden: invalid key")),
      "billing", new FaultTables.Setting(ChangeKind.FEATURE_FLAG, "feature flag wallet-holds-v2",
          new Failure("java.lang.IllegalStateException", "hold amount exceeds pre-authorization limit")));

  static final Map<String, FaultTables.Outage> OUTAGES = Map.of(
      MYSQL, new FaultTables.Outage(new Failure("com.mysql.cj.jdbc.exceptions.CommunicationsException",
          "Communications link failure: the last packet sent successfully to the server was 1,500 ms ago"), 1500),
      MONGO, new FaultTables.Outage(new Failure("com.mongodb.MongoTimeoutException",
          "Timed out after 2000 ms while waiting to connect to mongodb-0.mongodb:27017"), 2000),
      "memcached", new FaultTables.Outage(new Failure("net.spy.memcached.OperationTimeoutException",
          "Timeout waiting for value: waited 1000 ms"), 1000),
      ROUTEMAPS, new FaultTables.Outage(
          new Failure("java.net.http.HttpConnectTimeoutException", "HTTP connect timed out"), 2500));

  static final Map<String, Failure> POISON = Map.of(
      "receipts", new Failure("org.apache.avro.AvroTypeException",
          "Found ride.TripCompleted, expecting ride.TripEvent, missing required field fare_breakdown"));

  static final FaultTables TABLES = new FaultTables(MAIN_ENDPOINTS, PER_ITEM, RETRIES, SETTINGS, OUTAGES, POISON,
      defaults(), RideFaults::regression);

  private RideFaults() {}

  private static Map<FaultType, String> defaults() {
    Map<FaultType, String> targets = new EnumMap<>(FaultType.class);
    for (FaultType type : FaultType.values()) {
      targets.put(type, switch (type) {
        case NETWORK_DELAY -> "dispatch>driver-locator";
        case RETRY_STORM -> "trips>pricing";
        case CACHE_STAMPEDE -> "rider-profile";
        case N_PLUS_ONE, ERRORS -> "dispatch";
        case DEPENDENCY_OUTAGE -> MYSQL;
        case POISON_PILL -> "receipts";
        case POOL_EXHAUSTION, BAD_DEPLOY, MEMORY_LEAK -> "trips";
        case CPU_SATURATION -> "geo";
        default -> "pricing";
      });
    }
    return Map.copyOf(targets);
  }

  /** The exception a bad version of {@code service} throws. */
  static Failure regression(String service) {
    return new Failure("java.lang.NullPointerException", "Cannot invoke \"com.example.ride." + service.replace("-", "")
        + ".model.Waypoint.location()\" because \"dropoff\" is null");
  }
}
