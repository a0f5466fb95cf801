package dev.rootline.notifier;

import java.net.URI;
import java.util.Map;

/**
 * Slack by incoming webhook. A webhook cannot edit what it posted, so it posts twice per incident:
 * when it opens and when it resolves; revisions in between are delivered as nothing to say, or the
 * channel would fill with one message per revision. Slack answers {@code ok} with 200; 4xx
 * ({@code invalid_payload}, {@code no_service}, {@code channel_is_archived}) cannot be retried.
 */
final class SlackWebhookChannel implements Channel {
  static final String POSTED = "posted";
  static final String RESOLVED = "resolved";
  private final Http http;
  private final URI webhook;

  SlackWebhookChannel(Http http, URI webhook) {
    this.http = http;
    this.webhook = webhook;
  }

  @Override
  public Outcome send(Notification notification) {
    String posted = notification.isResolved() ? RESOLVED : POSTED;
    if (posted.equals(notification.previous()) || (notification.isUpdate() && !notification.isResolved())) {
      return Outcome.delivered(notification.previous());
    }
    SlackMessage message = SlackMessage.of(notification.report(), notification.link());
    Http.Answer answer = http.postJson(webhook, Map.of(), SlackMessage.GSON.toJson(message.json()));
    return answer.ok() ? Outcome.delivered(posted) : answer.failure();
  }

  @Override
  public String toString() {
    return "Slack webhook to " + Http.host(webhook);
  }
}
