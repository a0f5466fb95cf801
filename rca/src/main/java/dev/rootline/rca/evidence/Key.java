package dev.rootline.rca.evidence;

import dev.rootline.core.window.KeyHash;
import java.util.Objects;

/**
 * What an evidence tally is about.
 *
 * @param type   which sort of key
 * @param name   the service (for edges: the caller)
 * @param detail the version, the callee, or the metric's name and signal ({@code name/signal});
 *               empty for services
 */
public record Key(Type type, String name, String detail) {

  /** The sorts of key, and what their tally counts. */
  public enum Type {
    /** Requests the service handled (server, consumer and root spans), their errors and latency. */
    SERVICE,
    /** The same, for one version of the service. */
    VERSION,
    /** Calls from the service to the callee; origins are failures that began on the call itself. */
    EDGE,
    /** One metric series of the service: count is points, sum is their values. */
    METRIC
  }

  public Key {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  /** Mixed (see {@link KeyHash}) and stable across runs: an enum's own hash is its identity. */
  @Override
  public int hashCode() {
    return KeyHash.of(type.ordinal(), name.hashCode(), detail.hashCode());
  }

  public static Key service(String service) {
    return new Key(Type.SERVICE, service, "");
  }

  public static Key version(String service, String version) {
    return new Key(Type.VERSION, service, version);
  }

  public static Key edge(String caller, String callee) {
    return new Key(Type.EDGE, caller, callee);
  }

  public static Key metric(String service, String name, String signal) {
    return new Key(Type.METRIC, service, name + '/' + signal);
  }
}
