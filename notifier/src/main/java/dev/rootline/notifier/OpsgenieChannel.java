package dev.rootline.notifier;

import com.google.gson.Gson;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Opsgenie Alert API: {@code POST /v2/alerts} to create, {@code POST /v2/alerts/{alias}/close
 * ?identifierType=alias} to close, authorised by {@code GenieKey}. Opsgenie answers 202 and works
 * the request asynchronously; 4xx other than 429 is not retried.
 */
final class OpsgenieChannel implements Channel {
  private static final Gson GSON = new Gson();
  private final Http http;
  private final URI api;
  private final String apiKey;

  OpsgenieChannel(Http http, URI api, String apiKey) {
    this.http = http;
    this.api = api.toString().endsWith("/") ? api : URI.create(api + "/");
    this.apiKey = apiKey;
  }

  @Override
  public Outcome send(Notification notification) {
    Map<String, String> auth = Map.of("Authorization", "GenieKey " + apiKey);
    Http.Answer answer;
    if (notification.isResolved()) {
      String alias = URLEncoder.encode(notification.report().id(), StandardCharsets.UTF_8);
      answer = http.postJson(api.resolve("v2/alerts/" + alias + "/close?identifierType=alias"), auth,
          GSON.toJson(OpsgenieAlert.close(notification)));
    } else {
      answer = http.postJson(api.resolve("v2/alerts"), auth, GSON.toJson(OpsgenieAlert.create(notification)));
    }
    return answer.ok() ? Outcome.delivered(notification.report().id()) : answer.failure();
  }

  @Override
  public String toString() {
    return "Opsgenie alerts at " + Http.host(api);
  }
}
