package dev.rootline.simulator.model;

import static dev.rootline.simulator.model.Latency.of;

import java.time.Duration;
import java.util.List;

/**
 * A ride-hailing backend, the second system: unlike the shop in names, shape, datastores, latencies,
 * traffic and instrumentation, so that a ranking tuned on the shop can be checked on it.
 */
final class RideHailing {
  static final String PRICING_RPC = "ride.PricingService";
  static final String SURGE_RPC = "ride.SurgeService";
  static final String LOCATOR_RPC = "ride.DriverLocatorService";
  static final String GEO_RPC = "ride.GeoService";
  private static final String MYSQL = "mysql";
  private static final String MONGO = "mongodb";
  private static final String MEMCACHED = "memcached";
  private static final String TRIP_EVENTS = "trip-events";
  private static final String GEO = "geo";
  /** Named by its host: nobody mapped it to a peer service, so its callers' spans carry none. */
  static final ExternalTarget ROUTEMAPS = new ExternalTarget("api.routemaps.example", "api.routemaps.example",
      "GET", "/v1/directions", of(85, 0.6), 0.003, 503,
      new Failure("com.example.ride.geo.RoutingException", "routing API answered 503 Service Unavailable"));
  /** Commuters: morning and evening rush hours, a lull at midday, people going home late at night. */
  static final TrafficCycle COMMUTE = TrafficCycle.of(
      0.45, 0.35, 0.22, 0.12, 0.10, 0.18, 0.45, 0.85, 1.00, 0.75, 0.55, 0.55,
      0.62, 0.60, 0.55, 0.60, 0.75, 0.95, 0.98, 0.85, 0.70, 0.65, 0.62, 0.55);

  /** The agent, exporting every 30 s. */
  private static final Instrumentation FAST = Instrumentation.STANDARD.exportingEvery(Duration.ofSeconds(30));
  /** The agent, exporting at the OpenTelemetry SDK's default 60 s. */
  private static final Instrumentation SLOW = Instrumentation.STANDARD.exportingEvery(Duration.ofSeconds(60));
  /** Instrumented by hand: spans without status or status codes, so errors reach only the logs. */
  private static final Instrumentation BY_HAND = SLOW.withoutErrorStatus();

  private RideHailing() {}

  static ShopModel create(long seed) {
    return new ShopModel("ride", seed,
        List.of(gateway(), riderProfile(), trips(), pricing(), surge(), dispatch(), driverLocator(), geo(),
            billing(), receipts()),
        List.of(new Datastore(MYSQL, "mysql", "rides", "mysql-primary", 3306, true),
            new Datastore(MONGO, "mongodb", "fleet", "mongodb-0.mongodb", 27017, false),
            new Datastore(MEMCACHED, "memcached", null, "memcached", 11211, false)),
        List.of(new Topic(TRIP_EVENTS, 2)),
        List.of(new EntryPoint("gateway", "GET /v1/estimates", 38),
            new EntryPoint("gateway", "POST /v1/rides", 9),
            new EntryPoint("gateway", "GET /v1/rides/{rideId}", 36),
            new EntryPoint("gateway", "POST /v1/rides/{rideId}/rating", 4),
            new EntryPoint("gateway", "GET /v1/account", 13)))
        .withTrafficCycle(COMMUTE)
        .withoutChangeReports();
  }

  private static ServiceSpec gateway() {
    Call profile = Call.service("rider-profile", "GET /riders/{riderId}");
    return new ServiceSpec("gateway", "4.12.0", 2, 8080, 0, List.of(
        Endpoint.http("GET", "/v1/estimates", of(4, 0.4)).calling(
            profile, Call.service("pricing", PRICING_RPC + "/Quote")),
        Endpoint.http("POST", "/v1/rides", of(5, 0.4)).calling(
            profile, Call.service("trips", "POST /trips")),
        Endpoint.http("GET", "/v1/rides/{rideId}", of(3, 0.3)).calling(
            Call.service("trips", "GET /trips/{tripId}")),
        Endpoint.http("POST", "/v1/rides/{rideId}/rating", of(3, 0.3)).calling(
            Call.service("trips", "POST /trips/{tripId}/rating")),
        Endpoint.http("GET", "/v1/account", of(3, 0.3)).calling(
            profile.inParallel(), Call.service("billing", "GET /wallets/{riderId}").inParallel())), FAST);
  }

  private static ServiceSpec riderProfile() {
    return new ServiceSpec("rider-profile", "2.4.1", 1, 8080, 0, List.of(
        Endpoint.http("GET", "/riders/{riderId}", of(2, 0.4)).calling(
            Call.query(MEMCACHED, "get", null, "get rider:?", of(0.3, 0.3)),
            Call.query(MONGO, "find", "riders", "{\"find\": \"riders\", \"filter\": {\"_id\": \"?\"}}", of(2.5, 0.5))
                .onCacheMiss("riders", 0.25))
            .failing(0.002, new Failure("com.mongodb.MongoSocketReadException", "Prematurely reached end of stream"))),
        BY_HAND);
  }

  private static ServiceSpec trips() {
    return new ServiceSpec("trips", "7.3.2", 2, 8080, 12, List.of(
        Endpoint.http("POST", "/trips", of(6, 0.4)).calling(
            Call.service("pricing", PRICING_RPC + "/Quote"),
            Call.service("billing", "POST /authorizations"),
            Call.query(MYSQL, "INSERT", "trips",
                "INSERT INTO trips (id, rider_id, pickup, dropoff, fare) VALUES (?, ?, ?, ?, ?)", of(4, 0.5)),
            Call.service("dispatch", "POST /dispatch"),
            Call.publish(TRIP_EVENTS))
            .failing(0.002, new Failure("org.springframework.dao.CannotAcquireLockException",
                "could not execute statement; Deadlock found when trying to get lock; try restarting transaction"))
            .logging("Trip {tripId} requested by rider {riderId}, fare estimate {fare} EUR"),
        Endpoint.http("GET", "/trips/{tripId}", of(2, 0.4)).calling(
            Call.query(MYSQL, "SELECT", "trips", "SELECT id, status, driver_id, eta FROM trips WHERE id = ?",
                of(1.8, 0.5)),
            Call.service("driver-locator", LOCATOR_RPC + "/Position")),
        Endpoint.http("POST", "/trips/{tripId}/rating", of(2, 0.3)).calling(
            Call.query(MYSQL, "UPDATE", "trips", "UPDATE trips SET rating = ? WHERE id = ?", of(3, 0.5)))
            .logging("Rating saved for trip {tripId}")), FAST);
  }

  private static ServiceSpec pricing() {
    return new ServiceSpec("pricing", "3.0.4", 2, 50051, 0, List.of(
        Endpoint.grpc(PRICING_RPC, "Quote", of(3, 0.4)).calling(
            Call.service(GEO, GEO_RPC + "/Route").inParallel(),
            Call.service("surge", SURGE_RPC + "/GetMultiplier").inParallel())
            .failing(0.001, new Failure("java.lang.IllegalStateException", "no tariff for zone"))), FAST);
  }

  private static ServiceSpec surge() {
    return new ServiceSpec("surge", "1.8.0", 1, 50052, 0, List.of(
        Endpoint.grpc(SURGE_RPC, "GetMultiplier", of(1.5, 0.4)).calling(
            Call.service(GEO, GEO_RPC + "/ResolveZone").onCacheMiss("multipliers", 0.4))
            .failing(0.001, new Failure("java.util.concurrent.TimeoutException", "demand snapshot is stale"))), SLOW);
  }

  private static ServiceSpec dispatch() {
    return new ServiceSpec("dispatch", "5.1.3", 2, 8080, 8, List.of(
        Endpoint.http("POST", "/dispatch", of(8, 0.5)).calling(
            Call.service("driver-locator", LOCATOR_RPC + "/Nearby"),
            Call.query(MYSQL, "INSERT", "assignments",
                "INSERT INTO assignments (trip_id, driver_id, offered_at) VALUES (?, ?, ?)", of(3, 0.5)))
            .failing(0.003, new Failure("com.example.ride.dispatch.NoDriverAvailableException",
                "no driver accepted the offer within 15 s"))
            .logging("Driver assigned to trip {tripId}")), BY_HAND);
  }

  private static ServiceSpec driverLocator() {
    return new ServiceSpec("driver-locator", "2.2.7", 2, 50053, 0, List.of(
        Endpoint.grpc(LOCATOR_RPC, "Nearby", of(2, 0.4)).calling(
            Call.query(MONGO, "find", "drivers", "{\"find\": \"drivers\", \"filter\": "
                + "{\"location\": {\"$near\": \"?\"}, \"status\": \"?\"}, \"limit\": \"?\"}", of(6, 0.5)),
            Call.service(GEO, GEO_RPC + "/Route").upTo(3).inParallel()),
        Endpoint.grpc(LOCATOR_RPC, "Position", of(1, 0.3)).calling(
            Call.query(MONGO, "find", "driver_positions",
                "{\"find\": \"driver_positions\", \"filter\": {\"driver_id\": \"?\"}, \"limit\": \"?\"}", of(2, 0.4)))),
        SLOW);
  }

  private static ServiceSpec geo() {
    return new ServiceSpec(GEO, "6.0.1", 2, 50054, 0, List.of(
        Endpoint.grpc(GEO_RPC, "ResolveZone", of(0.8, 0.3)).calling(
            Call.query(MEMCACHED, "get", null, "get zone:?", of(0.3, 0.3)),
            Call.query(MONGO, "find", "zones",
                "{\"find\": \"zones\", \"filter\": {\"polygon\": {\"$geoIntersects\": \"?\"}}}", of(4, 0.5))
                .onCacheMiss("zones", 0.2)),
        Endpoint.grpc(GEO_RPC, "Route", of(1.5, 0.4)).calling(
            Call.query(MEMCACHED, "get", null, "get route:?", of(0.3, 0.3)),
            Call.external(ROUTEMAPS).onCacheMiss("routes", 0.5))
            .failing(0.001, new Failure("com.example.ride.geo.RoutingException",
                "no route between pickup and drop-off"))), FAST);
  }

  private static ServiceSpec billing() {
    return new ServiceSpec("billing", "3.9.0", 1, 8080, 6, List.of(
        Endpoint.http("POST", "/authorizations", of(4, 0.5)).calling(
            Call.query(MYSQL, "SELECT", "wallets", "SELECT balance, currency FROM wallets WHERE rider_id = ?",
                of(1.5, 0.5)),
            Call.query(MYSQL, "INSERT", "authorizations",
                "INSERT INTO authorizations (trip_id, amount, expires_at) VALUES (?, ?, ?)", of(3, 0.5)))
            .failing(0.002, new Failure("com.example.ride.billing.WalletLockedException",
                "wallet is locked by a concurrent authorization"))
            .logging("Authorized {fare} EUR for trip {tripId}"),
        Endpoint.http("GET", "/wallets/{riderId}", of(2, 0.4)).calling(
            Call.query(MYSQL, "SELECT", "wallets", "SELECT balance, currency FROM wallets WHERE rider_id = ?",
                of(1.5, 0.5)))), BY_HAND);
  }

  private static ServiceSpec receipts() {
    return new ServiceSpec("receipts", "1.0.6", 1, 8080, 4, List.of(
        Endpoint.consumer(TRIP_EVENTS, of(3, 0.4)).calling(
            Call.query(MYSQL, "SELECT", "trips", "SELECT id, rider_id, fare FROM trips WHERE id = ?", of(1.8, 0.5)),
            Call.query(MONGO, "insert", "receipts", "{\"insert\": \"receipts\", \"documents\": \"?\"}", of(3, 0.5)))
            .logging("Receipt issued for trip {tripId}")), FAST);
  }
}
