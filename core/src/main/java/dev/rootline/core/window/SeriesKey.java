package dev.rootline.core.window;

import java.util.Objects;

/**
 * Identifies one time series: the requests a service handles for one operation and version, the
 * calls one service makes to another, or one resource metric of a service.
 */
public sealed interface SeriesKey permits SeriesKey.Operation, SeriesKey.Edge, SeriesKey.Metric {

  /** The service the series belongs to: the handling service, or the caller of an edge. */
  String service();

  /** A stable text form, used as a Kafka key and in the API. */
  String id();

  /** Requests handled by {@code service} for {@code operation} while it ran {@code version}. */
  record Operation(String service, String operation, String version) implements SeriesKey {
    public Operation {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(operation, "operation");
      version = version == null ? "" : version;
    }

    @Override
    public int hashCode() {
      return KeyHash.of(service.hashCode(), operation.hashCode(), version.hashCode());
    }

    @Override
    public String id() {
      return "op:" + service + "|" + operation + "|" + version;
    }
  }

  /** Calls from {@code caller} to {@code callee}, as the caller's client spans saw them. */
  record Edge(String caller, String callee) implements SeriesKey {
    public Edge {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(callee, "callee");
    }

    @Override
    public int hashCode() {
      return KeyHash.of(1, caller.hashCode(), callee.hashCode());
    }

    @Override
    public String service() {
      return caller;
    }

    @Override
    public String id() {
      return "edge:" + caller + "->" + callee;
    }
  }

  /**
   * A resource metric of a service (CPU, memory, GC, pool usage, ...), across its instances;
   * {@code name} may carry a qualifying attribute, e.g. {@code db.client.connection.count{state=used}}.
   */
  record Metric(String service, String name) implements SeriesKey {
    public Metric {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public int hashCode() {
      return KeyHash.of(2, service.hashCode(), name.hashCode());
    }

    @Override
    public String id() {
      return "metric:" + service + "|" + name;
    }
  }
}
