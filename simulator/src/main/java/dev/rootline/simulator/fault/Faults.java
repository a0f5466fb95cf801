package dev.rootline.simulator.fault;

import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.ExternalTarget;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds faults for a system by type, target and strength, filling in what the type needs (the route
 * a deploy breaks, the new version, the dependency an N+1 calls, how a dependency fails) from the
 * system's tables: the ride system's for {@link ShopModel#ride}, the standard shop's otherwise.
 * Strength means, per type: latency factor; extra milliseconds; error probability; error
 * probability (at most 1) or latency factor (above 1) of the broken route; most items per request;
 * share of the pool stuck; attempts; miss ratio; extra CPU; MB leaked per minute; share of calls
 * failing; as for bad deploys; and nothing for a poison pill.
 */
public final class Faults {
  private final ShopModel model;
  private final FaultTables tables;

  public Faults(ShopModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.tables = FaultTables.of(model);
  }

  /**
   * A fault of {@code type} on {@code target} (a service; {@code caller>callee} for network delay
   * and retry storms; a datastore or external API for outages) from {@code start} to {@code end}.
   * A null target or strength takes the type's default.
   *
   * @throws IllegalArgumentException when the target does not exist or cannot suffer that fault,
   *     or the strength is out of range
   */
  public Fault create(FaultType type, String target, Instant start, Instant end, Double strength) {
    String on = target != null ? target : defaultTarget(type);
    return switch (type) {
      case LATENCY -> new LatencyInjection(service(on).name(), null, or(strength, 3), start, end);
      case NETWORK_DELAY -> networkDelay(on, or(strength, 100), start, end);
      case ERRORS -> new ErrorInjection(service(on).name(), null, or(strength, 0.2), null, start, end);
      case BAD_DEPLOY -> new BadDeploy(on, nextMinor(service(on).version()), service(on).version(),
          breakage(on, mainEndpoint(on), or(strength, 0.3), tables.regression().apply(on)), start, end);
      case N_PLUS_ONE -> nPlusOne(on, (int) Math.round(or(strength, 30)), start, end);
      case POOL_EXHAUSTION -> poolExhaustion(on, or(strength, 1), start, end);
      case RETRY_STORM -> retryStorm(on, (int) Math.round(or(strength, 4)), start, end);
      case CACHE_STAMPEDE -> cacheStampede(on, or(strength, 1), start, end);
      case CPU_SATURATION -> new CpuSaturation(service(on).name(), or(strength, 0.8), start, end);
      case MEMORY_LEAK -> new MemoryLeak(service(on).name(), or(strength, 80), start, end);
      case DEPENDENCY_OUTAGE -> outage(on, or(strength, 1), start, end);
      case CONFIG_CHANGE -> configChange(on, or(strength, 0.3), start, end);
      case POISON_PILL -> poisonPill(on, start, end);
    };
  }

  /** The target a type gets when none is named: the demo's and the command line's default. */
  public String defaultTarget(FaultType type) {
    return tables.defaultTargets().get(type);
  }

  /** The services that have a cache, which a cache stampede can hit. */
  public List<String> cachedServices() {
    return model.services().stream().filter(s -> firstCachedCall(s) != null).map(ServiceSpec::name).toList();
  }

  /** The services with a database connection pool, which can run out of connections. */
  public List<String> pooledServices() {
    return model.services().stream().filter(s -> s.connectionPool() > 0).map(ServiceSpec::name).toList();
  }

  /** The callers whose client can start a retry storm, as {@code caller>callee}. */
  public List<String> retryEdges() {
    return tables.retries().entrySet().stream().map(e -> e.getKey() + ">" + e.getValue().callee()).sorted().toList();
  }

  /** The dependencies (datastores, external APIs) that can go down, by the names callers give them. */
  public List<String> outageTargets() {
    return tables.outages().keySet().stream().sorted().toList();
  }

  /** The services an N+1 regression can be deployed to. */
  public List<String> perItemServices() {
    return tables.perItem().keySet().stream().sorted().toList();
  }

  /** The services a config change can break with a setting of their own. */
  public List<String> configurableServices() {
    return tables.settings().keySet().stream().sorted().toList();
  }

  /** The consumers a poison record can stall. */
  public List<String> poisonableConsumers() {
    return tables.poison().keySet().stream().sorted().toList();
  }

  private Fault networkDelay(String edge, double millis, Instant start, Instant end) {
    String[] ends = edge.split(">", 2);
    String callee = service(ends[ends.length - 1]).name();
    String caller = ends.length == 2 ? service(ends[0]).name() : firstCaller(callee);
    if (!calls(caller, callee)) {
      throw new IllegalArgumentException(caller + " does not call " + callee);
    }
    return new NetworkDelay(caller, callee, millis, start, end);
  }

  private Fault nPlusOne(String service, int items, Instant start, Instant end) {
    Map.Entry<String, Call> regression = supported(tables.perItem(), service, "an N+1 regression");
    ServiceSpec spec = service(service);
    return new NPlusOne(service, nextMinor(spec.version()), spec.version(), regression.getKey(),
        regression.getValue().upTo(Math.max(2, items)), start, end);
  }

  private Fault poolExhaustion(String service, double share, Instant start, Instant end) {
    ServiceSpec spec = service(service);
    if (spec.connectionPool() == 0) {
      throw new IllegalArgumentException(service + " has no connection pool; pooled services: "
          + String.join(", ", pooledServices()));
    }
    return new PoolExhaustion(service, spec.connectionPool(), share, start, end);
  }

  private Fault retryStorm(String edge, int attempts, Instant start, Instant end) {
    String caller = edge.split(">", 2)[0];
    FaultTables.RetryEdge retry = supported(tables.retries(), caller, "a retry storm");
    if (edge.contains(">") && !edge.equals(caller + ">" + retry.callee())) {
      throw new IllegalArgumentException("the retry storm of " + caller + " is on " + caller + ">" + retry.callee());
    }
    return new RetryStorm(caller, retry.callee(), attempts, retry.timeoutMillis(), start, end);
  }

  private Fault cacheStampede(String service, double missRatio, Instant start, Instant end) {
    Call cached = firstCachedCall(service(service));
    if (cached == null) {
      throw new IllegalArgumentException(service + " has no cache; cached services: "
          + String.join(", ", cachedServices()));
    }
    return new CacheStampede(service, behind(cached.target()), missRatio, 1 + 4 * missRatio, start, end);
  }

  private Fault outage(String dependency, double probability, Instant start, Instant end) {
    FaultTables.Outage outage = supported(tables.outages(), dependency, "an outage");
    return new DependencyOutage(dependency, probability, outage.failure(), outage.delayMillis(), start, end);
  }

  private Fault configChange(String service, double strength, Instant start, Instant end) {
    FaultTables.Setting setting = tables.setting(service(service).name());
    return new ConfigChange(service, setting.kind(), setting.name(),
        breakage(service, mainEndpoint(service), strength, setting.failure()), start, end);
  }

  private Fault poisonPill(String consumer, Instant start, Instant end) {
    String topic = model.topics().stream().filter(t -> model.consumers(t.name()).contains(service(consumer)))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(consumer + " consumes no topic")).name();
    return new PoisonPill(consumer, topic, supported(tables.poison(), consumer, "a poison pill"), start, end);
  }

  private Breakage breakage(String service, String endpoint, double strength, Failure failure) {
    service(service).endpoint(endpoint);
    return strength > 1 ? Breakage.slowing(endpoint, strength) : Breakage.failing(endpoint, strength, failure);
  }

  private String mainEndpoint(String service) {
    return tables.mainEndpoints().getOrDefault(service, service(service).endpoints().get(0).name());
  }

  private static Call firstCachedCall(ServiceSpec spec) {
    return spec.endpoints().stream().flatMap(e -> e.calls().stream()).filter(c -> c.cache() != null).findFirst()
        .orElse(null);
  }

  /**
   * The datastore or API that misses of a cache in front of {@code target} load: the target itself,
   * or for another service, what sits behind its own cache, else its first query.
   */
  private String behind(Target target) {
    if (target instanceof QueryTarget query) {
      return query.datastore();
    } else if (target instanceof ExternalTarget api) {
      return api.name();
    } else if (target instanceof ServiceTarget callee) {
      List<Call> calls = service(callee.service()).endpoint(callee.endpoint()).calls();
      return calls.stream().filter(c -> c.cache() != null).findFirst()
          .or(() -> calls.stream().filter(c -> c.target() instanceof QueryTarget).findFirst())
          .map(c -> behind(c.target())).orElse(callee.service());
    }
    throw new IllegalArgumentException("no cache sits in front of a topic");
  }

  private ServiceSpec service(String name) {
    return model.service(name);
  }

  private String firstCaller(String callee) {
    return model.services().stream().map(ServiceSpec::name).filter(s -> calls(s, callee)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service calls " + callee));
  }

  private boolean calls(String caller, String callee) {
    return service(caller).endpoints().stream().flatMap(e -> e.calls().stream())
        .anyMatch(c -> c.target() instanceof ServiceTarget t && t.service().equals(callee));
  }

  private static <T> T supported(Map<String, T> table, String key, String what) {
    T value = table.get(key);
    if (value == null) {
      throw new IllegalArgumentException(key + " cannot suffer " + what + "; it can happen to "
          + table.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return value;
  }

  private static double or(Double strength, double fallback) {
    return strength != null ? strength : fallback;
  }

  /** The next minor version, x.(y+1).0, or ".1" appended when the version is not x.y.z. */
  static String nextMinor(String version) {
    String[] parts = version.split("\\.");
    try {
      return parts.length == 3 ? parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0" : version + ".1";
    } catch (NumberFormatException e) {
      return version + ".1";
    }
  }
}
