package dev.rootline.app.demo;

import dev.rootline.notifier.Channel;
import dev.rootline.notifier.Destination;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the demo's incidents go when no channel is configured: to the Slack incoming webhook in
 * {@code SLACK_WEBHOOK_URL} when it is set, otherwise to the console as the message Slack would get,
 * so that a first run shows the notification without any setup.
 */
public final class DemoNotifications {
  private DemoNotifications() {}

  public static Destination destination(Optional<String> slackWebhook, HttpClient http, Duration timeout,
      Consumer<String> console) {
    return slackWebhook.filter(url -> !url.isBlank())
        .map(url -> new Destination("slack", Channel.slackWebhook(http, URI.create(url), timeout), Duration.ofSeconds(1)))
        .orElseGet(() -> new Destination("console", Channel.console(console), Duration.ZERO));
  }
}
