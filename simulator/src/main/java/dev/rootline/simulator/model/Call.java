package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * One downstream call an endpoint makes while serving a request.
 *
 * @param target      whom it calls
 * @param probability the chance that a request makes this call at all
 * @param maxTimes    the call is made 1 to {@code maxTimes} times, uniformly (e.g. once per cart item)
 * @param parallel    whether it runs concurrently with its repetitions and with the neighbouring
 *                    parallel calls, rather than after the previous call returned
 * @param critical    whether its failure fails the caller's request; a non-critical failure is
 *                    logged as a warning and the caller carries on
 */
public record Call(Target target, double probability, int maxTimes, boolean parallel, boolean critical) {
  public Call {
    Objects.requireNonNull(target, "target");
    if (!(probability > 0 && probability <= 1) || maxTimes < 1) {
      throw new IllegalArgumentException("a call needs 0 < probability <= 1 and maxTimes >= 1");
    }
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

  public Call sometimes(double newProbability) {
    return new Call(target, newProbability, maxTimes, parallel, critical);
  }

  public Call upTo(int times) {
    return new Call(target, probability, times, parallel, critical);
  }

  public Call inParallel() {
    return new Call(target, probability, maxTimes, true, critical);
  }

  public Call optional() {
    return new Call(target, probability, maxTimes, parallel, false);
  }
}
