package dev.rootline.notifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP all channels share: one POST with a timeout, and the common reading of its status.
 * 2xx is for the channel to read; 408, 425, 429 and 5xx are passing (429 with its
 * {@code Retry-After}); any other status is permanent. Network errors and timeouts are passing.
 */
final class Http {
  private final HttpClient client;
  private final Duration timeout;

  Http(HttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** The answer, or the outcome that ends the attempt (a passing or permanent failure). */
  record Answer(HttpResponse<String> response, Outcome failure) {
    boolean ok() {
      return failure == null;
    }
  }

  Answer postJson(URI uri, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new Answer(null, Outcome.retry("no answer from " + host(uri) + " within " + timeout.toMillis() + " ms"));
    } catch (IOException e) {
      return new Answer(null, Outcome.retry("cannot reach " + host(uri) + ": " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, Outcome.retry("interrupted while sending to " + host(uri)));
    }
    return new Answer(response, failure(uri, response));
  }

  Answer postJson(URI uri, Map<String, String> headers, String body) {
    return postJson(uri, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Outcome failure(URI uri, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return null;
    }
    String reason = host(uri) + " answered " + status + bodyExcerpt(response.body());
    if (status == 429) {
      return retryAfter(response).map(wait -> Outcome.retryAfter(wait, reason)).orElse(Outcome.retry(reason));
    }
    if (status == 408 || status == 425 || status >= 500) {
      return Outcome.retry(reason);
    }
    return Outcome.failed(reason);
  }

  /** {@code Retry-After} as seconds or as an HTTP date (read against the answer's own {@code Date}). */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime until = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return response.headers().firstValue("Date")
            .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME))
            .map(now -> Duration.between(now, until))
            .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  private static String bodyExcerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String line = body.strip().replaceAll("\\s+", " ");
    return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
  }

  /** Only the host: paths of webhook URLs are secrets. */
  static String host(URI uri) {
    return uri.getHost() == null ? "the destination" : uri.getHost();
  }
}
