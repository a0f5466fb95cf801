package dev.rootline.simulator.fault;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.ShopModel;
import java.util.Map;
import java.util.function.Function;

/**
 * What one system's faults look like, service by service: which route a broken change hits, which
 * call code makes once per item, which client retries which callee, how each dependency fails when
 * it is down, which setting breaks what, what a poison record throws, and where each type strikes
 * when no target is named. A service missing from a table falls back to its first endpoint and
 * generic failures, or cannot suffer that fault.
 *
 * @param mainEndpoints  the route a change breaks, when not the service's first endpoint
 * @param perItem        the endpoint an N+1 regression hits and the call it then makes per item
 * @param retries        per caller, the callee its misconfigured client retries
 * @param settings       per service, the setting whose change breaks it
 * @param outages        per dependency, how it fails when down
 * @param poison         per consumer, what its poison record makes it throw
 * @param defaultTargets per fault type, the target when none is named
 * @param regression     per service, the exception a bad version of it throws
 */
record FaultTables(
    Map<String, String> mainEndpoints,
    Map<String, Map.Entry<String, Call>> perItem,
    Map<String, RetryEdge> retries,
    Map<String, Setting> settings,
    Map<String, Outage> outages,
    Map<String, Failure> poison,
    Map<FaultType, String> defaultTargets,
    Function<String, Failure> regression) {

  /** A caller's misconfigured client: the callee and a timeout near the call's 90th percentile. */
  record RetryEdge(String callee, double timeoutMillis) {}

  /** A setting whose change breaks the service's main route. */
  record Setting(ChangeKind kind, String name, Failure failure) {}

  /** A dependency's failure when it is down, and how long callers wait for it. */
  record Outage(Failure failure, double delayMillis) {}

  FaultTables {
    if (defaultTargets.size() != FaultType.values().length) {
      throw new IllegalArgumentException("every fault type needs a default target");
    }
  }

  /** The ride system's tables for its model (namespace {@code ride}), the shop's for any other. */
  static FaultTables of(ShopModel model) {
    return model.namespace().equals(RideFaults.NAMESPACE) ? RideFaults.TABLES : ShopFaults.TABLES;
  }

  /** The setting a config change of {@code service} touches; a generic one when the table has none. */
  Setting setting(String service) {
    return settings.getOrDefault(service, new Setting(ChangeKind.CONFIG, "config " + service + ".client.endpoint",
        new Failure("java.lang.IllegalStateException", "missing property '" + service + ".client.endpoint.url'")));
  }
}
