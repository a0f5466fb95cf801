package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * A database or cache the services query. It has no instrumentation of its own: it appears only
 * through its callers' client spans, as real managed databases do.
 *
 * @param name      the name calls use, e.g. {@code postgresql}
 * @param system    {@code db.system.name}, e.g. {@code postgresql} or {@code redis}
 * @param namespace {@code db.namespace}, e.g. the database name; null for stores without one (memcached)
 * @param address   {@code server.address}
 * @param port      {@code server.port}
 * @param pooled    whether callers hold a JDBC connection pool for it
 */
public record Datastore(String name, String system, String namespace, String address, int port, boolean pooled) {
  public Datastore {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(address, "address");
  }
}
