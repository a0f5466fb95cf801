package dev.rootline.simulator.fault;

import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.Strain;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A service's database connections get stuck outside requests (a leak, a hung batch job), more and
 * more over the first minutes until {@code share} of its pool is gone: queries queue for the rest,
 * waits grow with concurrency, and once none is left requests fail after the pool's timeout with
 * "Connection is not available". Pool metrics show used connections at the maximum.
 *
 * @param poolSize the service's pool size per pod
 * @param share    the share of the pool stuck, 0 to 1
 */
public record PoolExhaustion(String service, int poolSize, double share, Instant start, Instant end)
    implements Fault {
  private static final Duration BUILD_UP = Duration.ofMinutes(3);

  public PoolExhaustion {
    Objects.requireNonNull(service, "service");
    Window.check(start, end);
    if (poolSize < 1 || !(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("pool exhaustion needs a pool and a share within (0, 1]");
    }
  }

  @Override
  public Strain strain(ServiceInstance instance, Instant at) {
    if (!instance.service().equals(service) || !activeAt(at)) {
      return Strain.NONE;
    }
    int held = (int) Math.round(poolSize * share * Window.ramp(start, at, BUILD_UP));
    return held == 0 ? Strain.NONE : new Strain(0, 0, 0, held);
  }

  @Override
  public FaultType type() {
    return FaultType.POOL_EXHAUSTION;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(service, Indicator.SATURATION);
  }

  @Override
  public String caption() {
    return service + " runs out of database connections: " + Window.percent(share) + " of its pool is stuck";
  }

  @Override
  public String strength() {
    return Window.percent(share) + " of " + poolSize + " connections held";
  }
}
