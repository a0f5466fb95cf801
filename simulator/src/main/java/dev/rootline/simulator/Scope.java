package dev.rootline.simulator;

import dev.rootline.simulator.model.Datastore;
import io.opentelemetry.proto.common.v1.InstrumentationScope;

/** The OpenTelemetry Java agent instrumentations that would have produced each kind of telemetry. */
enum Scope {
  HTTP_SERVER("io.opentelemetry.tomcat-10.0"),
  HTTP_CLIENT("io.opentelemetry.java-http-client"),
  GRPC("io.opentelemetry.grpc-1.6"),
  JDBC("io.opentelemetry.jdbc"),
  REDIS("io.opentelemetry.lettuce-5.1"),
  MONGO("io.opentelemetry.mongo-3.1"),
  MEMCACHED("io.opentelemetry.spymemcached-2.12"),
  RUNTIME("io.opentelemetry.runtime-telemetry-java17"),
  HIKARI("io.opentelemetry.hikaricp-3.0"),
  KAFKA("io.opentelemetry.kafka-clients-0.11"),
  KAFKA_METRICS("io.opentelemetry.kafka-clients-2.6"),
  MICROMETER("io.opentelemetry.micrometer-1.5");

  static final String AGENT_VERSION = "2.20.1-alpha";

  private final InstrumentationScope proto;

  Scope(String name) {
    this.proto = InstrumentationScope.newBuilder().setName(name).setVersion(AGENT_VERSION).build();
  }

  /** The instrumentation of a datastore's client: JDBC for a pooled SQL database, else by its system. */
  static Scope of(Datastore store) {
    return switch (store.system()) {
      case "mongodb" -> MONGO;
      case "memcached" -> MEMCACHED;
      default -> store.pooled() ? JDBC : REDIS;
    };
  }

  InstrumentationScope proto() {
    return proto;
  }
}
