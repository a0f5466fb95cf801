package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.model.Call;
import dev.rootline.simulator.model.Endpoint;
import java.time.Instant;
import java.util.Objects;

/**
 * A service's cache entries expire together and its requests all miss: its cache hit ratio falls to
 * {@code 1 - missRatio}, the calls behind the cache multiply, and the database slows under the load
 * ({@code databaseFactor} for the service's own queries, a third of that extra for everyone else's).
 *
 * @param database the datastore (or API) behind the cache, which the misses load
 */
public record CacheStampede(
    String service, String database, double missRatio, double databaseFactor, Instant start, Instant end)
    implements Fault {
  public CacheStampede {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(database, "database");
    Window.check(start, end);
    if (!(missRatio > 0 && missRatio <= 1) || !(databaseFactor >= 1)) {
      throw new IllegalArgumentException("a stampede needs a miss ratio within (0, 1] and a database factor >= 1");
    }
  }

  @Override
  public Endpoint code(ServiceInstance instance, Endpoint endpoint, Instant at) {
    if (!activeAt(at) || !instance.service().equals(service)
        || endpoint.calls().stream().noneMatch(c -> c.cache() != null)) {
      return endpoint;
    }
    return endpoint.calling(endpoint.calls().stream().map(this::missing).toList());
  }

  @Override
  public Behaviour calling(ServiceInstance caller, String target, Instant at) {
    if (!target.equals(database) || !activeAt(at)) {
      return Behaviour.NORMAL;
    }
    double extra = databaseFactor - 1;
    return Behaviour.slower(1 + (caller.service().equals(service) ? extra : extra / 3));
  }

  private Call missing(Call call) {
    return call.cache() == null ? call : call.onCacheMiss(call.cache(), Math.max(call.probability(), missRatio));
  }

  @Override
  public FaultType type() {
    return FaultType.CACHE_STAMPEDE;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.SATURATION);
  }

  @Override
  public String caption() {
    return service + "'s cache entries expire at once: " + Window.percent(missRatio)
        + " of lookups miss and the database slows";
  }

  @Override
  public String strength() {
    return Window.percent(missRatio) + " misses, database " + Window.times(databaseFactor);
  }
}
