package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * An HTTP API outside the shop, such as a card processor. Like a datastore, it appears only through
 * its callers' client spans.
 *
 * @param name        its name in the model and its callers' {@code peer.service}, e.g. {@code cardgate}
 * @param address     {@code server.address}, e.g. {@code api.cardgate.example}
 * @param method      the HTTP method
 * @param path        the URL path called
 * @param latency     how long it takes to answer
 * @param errorRate   the background probability that it answers with {@code errorStatus}
 * @param errorStatus the HTTP status of such an answer, e.g. 502
 * @param failure     the exception the caller raises on an error answer
 */
public record ExternalTarget(
    String name, String address, String method, String path, Latency latency, double errorRate, int errorStatus,
    Failure failure) implements Target {

  public ExternalTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(failure, "failure");
    if (!(errorRate >= 0 && errorRate <= 1) || errorStatus < 400) {
      throw new IllegalArgumentException("an external API needs 0 <= errorRate <= 1 and an error status >= 400");
    }
  }

  /** The full URL its callers request. */
  public String url() {
    return "https://" + address + path;
  }
}
