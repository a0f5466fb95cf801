package dev.rootline.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples from a Prometheus text endpoint. */
final class Prometheus {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI uri;

  Prometheus(String url) {
    this.uri = URI.create(url);
  }

  /** The endpoint's text, or null when it does not answer (yet). */
  String scrape() {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The sum of the samples named {@code name} whose labels contain {@code labelFilter}; 0 when none. */
  static double sum(String text, String name, String labelFilter) {
    double total = 0;
    Matcher m = sample(name).matcher(text);
    while (m.find()) {
      String labels = m.group(1) == null ? "" : m.group(1);
      if (labels.contains(labelFilter)) {
        total += Double.parseDouble(m.group(2));
      }
    }
    return total;
  }

  /** The cumulative buckets of histogram {@code name} ({@code name_bucket}), upper bound to count. */
  static TreeMap<Double, Double> buckets(String text, String name) {
    TreeMap<Double, Double> buckets = new TreeMap<>();
    Matcher m = sample(name + "_bucket").matcher(text);
    Pattern le = Pattern.compile("le=\"([^\"]+)\"");
    while (m.find()) {
      Matcher bound = le.matcher(m.group(1) == null ? "" : m.group(1));
      if (bound.find()) {
        double upper = bound.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound.group(1));
        buckets.merge(upper, Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return buckets;
  }

  private static Pattern sample(String name) {
    return Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? (\\S+)");
  }
}
