package dev.rootline.app.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Asks a health endpoint the way a Kubernetes probe does: an answer that takes longer than the
 * probe's timeout (3 s in k8s/base) counts as a failure, reported here as status 0.
 */
final class Probe {
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private Probe() {}

  /** The HTTP status of {@code uri}, or 0 when it does not answer within the probe timeout. */
  static int status(URI uri) {
    try {
      return CLIENT.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException e) {
      return 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
