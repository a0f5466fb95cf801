package dev.rootline.notifier;

import com.google.gson.Gson;
import java.net.URI;
import java.util.Map;

/**
 * PagerDuty Events API v2 ({@code POST /v2/enqueue}). Idempotent by {@code dedup_key}: a repeated
 * trigger updates the same alert, a repeated resolve does nothing. PagerDuty answers 202; 400 means
 * the event is invalid and is not retried; 429 and 5xx are.
 */
final class PagerDutyChannel implements Channel {
  private static final Gson GSON = new Gson();
  private final Http http;
  private final URI events;
  private final String routingKey;

  PagerDutyChannel(Http http, URI events, String routingKey) {
    this.http = http;
    this.events = events;
    this.routingKey = routingKey;
  }

  @Override
  public Outcome send(Notification notification) {
    Http.Answer answer = http.postJson(events, Map.of(), GSON.toJson(PagerDutyEvent.of(notification, routingKey)));
    return answer.ok() ? Outcome.delivered(notification.report().id()) : answer.failure();
  }

  @Override
  public String toString() {
    return "PagerDuty events to " + Http.host(events);
  }
}
