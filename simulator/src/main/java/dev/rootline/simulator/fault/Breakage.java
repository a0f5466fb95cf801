package dev.rootline.simulator.fault;

import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.model.Failure;
import java.util.Objects;

/**
 * What a broken change does to one route: it fails some of its requests, slows them, or both.
 *
 * @param endpoint         the endpoint's span name, e.g. {@code POST /checkout}
 * @param errorProbability the share of its requests that fail, 0 for none
 * @param latencyFactor    how much slower its own processing gets, 1 for not at all
 * @param failure          the exception the failures raise; may be null only when nothing fails
 */
public record Breakage(String endpoint, double errorProbability, double latencyFactor, Failure failure) {
  public Breakage {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!(errorProbability >= 0 && errorProbability <= 1) || !(latencyFactor >= 1)
        || (errorProbability == 0 && latencyFactor == 1) || (errorProbability > 0 && failure == null)) {
      throw new IllegalArgumentException(
          "a breakage fails (with a failure) or slows its endpoint: probability within 0..1, factor >= 1");
    }
  }

  /** The route fails with {@code probability}, raising {@code failure}. */
  public static Breakage failing(String endpoint, double probability, Failure failure) {
    return new Breakage(endpoint, probability, 1, failure);
  }

  /** The route gets slower by {@code factor}. */
  public static Breakage slowing(String endpoint, double factor) {
    return new Breakage(endpoint, 0, factor, null);
  }

  Behaviour behaviour() {
    return new Behaviour(latencyFactor, errorProbability, failure, 0);
  }

  /** E.g. "fails 30% of POST /checkout" or "serves GET /cart x3.0 slower". */
  String describe() {
    if (errorProbability > 0) {
      return "fails " + Window.percent(errorProbability) + " of " + endpoint;
    }
    return "serves " + endpoint + " " + Window.times(latencyFactor) + " slower";
  }

  String strength() {
    return errorProbability > 0
        ? Window.percent(errorProbability) + " errors" : Window.times(latencyFactor) + " latency";
  }
}
