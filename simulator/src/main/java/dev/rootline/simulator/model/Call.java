package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * One downstream call an endpoint makes while serving a request.
 *
 * @param target      whom it calls
 * @param probability the chance that a request makes this call at all; for a call behind a cache,
 *                    the cache's miss ratio
 * @param maxTimes    the call is made 1 to {@code maxTimes} times, uniformly (e.g. once per cart item)
 * @param parallel    whether it runs concurrently with its repetitions and with the neighbouring
 *                    parallel calls, rather than after the previous call returned
 * @param critical    whether its failure fails the caller's request; a non-critical failure is
 *                    logged as a warning and the caller carries on
 * @param cache       the name of the cache the call sits behind (made only on a miss, counted in the
 *                    caller's {@code cache.gets}), or null
 */
public record Call(
    Target target, double probability, int maxTimes, boolean parallel, boolean critical, String cache) {
  public Call {
    Objects.requireNonNull(target, "target");
    if (!(probability >= 0 && probability <= 1) || maxTimes < 1) {
      throw new IllegalArgumentException("a call needs 0 <= probability <= 1 and maxTimes >= 1");
    }
  }

  public Call(Target target, double probability, int maxTimes, boolean parallel, boolean critical) {
    this(target, probability, maxTimes, parallel, critical, null);
  }

  /** A critical, sequential call made once per request to another service's endpoint. */
  public static Call service(String service, String endpoint) {
    return new Call(new ServiceTarget(service, endpoint), 1, 1, false, true);
  }

  /** A critical, sequential query made once per request. */
  public static Call query(
      String datastore, String operation, String collection, String statement, Latency latency) {
    return new Call(new QueryTarget(datastore, operation, collection, statement, latency), 1, 1, false, true);
  }

  /** A critical, sequential call to an API outside the shop. */
  public static Call external(ExternalTarget target) {
    return new Call(target, 1, 1, false, true);
  }

  /** A critical, sequential publication of one message to a topic. */
  public static Call publish(String topic) {
    return new Call(new PublishTarget(topic), 1, 1, false, true);
  }

  public Call sometimes(double newProbability) {
    return new Call(target, newProbability, maxTimes, parallel, critical, cache);
  }

  public Call upTo(int times) {
    return new Call(target, probability, times, parallel, critical, cache);
  }

  public Call inParallel() {
    return new Call(target, probability, maxTimes, true, critical, cache);
  }

  public Call sequential() {
    return new Call(target, probability, maxTimes, false, critical, cache);
  }

  public Call optional() {
    return new Call(target, probability, maxTimes, parallel, false, cache);
  }

  /** The call made only when {@code cacheName} misses, which it does with {@code missRatio}. */
  public Call onCacheMiss(String cacheName, double missRatio) {
    return new Call(target, missRatio, maxTimes, parallel, critical, Objects.requireNonNull(cacheName, "cache"));
  }
}
