package dev.rootline.notifier;

import com.google.gson.Gson;
import java.net.URI;
import java.util.Map;

/**
 * Microsoft Teams by incoming webhook or Workflows URL. Like a Slack webhook it cannot edit what it
 * posted, so it posts when the incident opens and when it resolves. Teams answers 200 (webhook) or
 * 202 (Workflows).
 */
final class TeamsChannel implements Channel {
  private static final Gson GSON = new Gson();
  private final Http http;
  private final URI webhook;

  TeamsChannel(Http http, URI webhook) {
    this.http = http;
    this.webhook = webhook;
  }

  @Override
  public Outcome send(Notification notification) {
    String posted = notification.isResolved() ? SlackWebhookChannel.RESOLVED : SlackWebhookChannel.POSTED;
    if (posted.equals(notification.previous()) || (notification.isUpdate() && !notification.isResolved())) {
      return Outcome.delivered(notification.previous());
    }
    Http.Answer answer = http.postJson(webhook, Map.of(), GSON.toJson(TeamsCard.message(notification)));
    return answer.ok() ? Outcome.delivered(posted) : answer.failure();
  }

  @Override
  public String toString() {
    return "Teams webhook to " + Http.host(webhook);
  }
}
