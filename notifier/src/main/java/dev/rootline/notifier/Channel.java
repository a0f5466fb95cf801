package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * One destination's transport: turns a notification into that destination's request and its
 * answer into an {@link Outcome}. {@link #send} blocks until the destination answered or the
 * timeout passed, and never throws for remote trouble (that is an outcome). It does not retry: the
 * {@link Dispatcher} does, so a channel must tolerate the same notification twice (every channel
 * here is idempotent where its API allows: PagerDuty's dedup key, Opsgenie's alias, Slack's
 * message update).
 */
public interface Channel {

  /** Delivers one notification, once. */
  Outcome send(Notification notification);

  /** Slack by incoming webhook: posts when an incident opens and when it resolves (a webhook cannot edit). */
  static Channel slackWebhook(HttpClient http, URI webhook, Duration timeout) {
    return new SlackWebhookChannel(new Http(http, timeout), webhook);
  }

  /**
   * Slack by bot token: {@code chat.postMessage} for a new incident, {@code chat.update} of the
   * same message for later revisions, and a thread reply when it resolves.
   *
   * @param api     Slack's Web API base, {@code https://slack.com/api/}
   * @param channel the channel id or name to post in
   */
  static Channel slackBot(HttpClient http, URI api, String token, String channel, Duration timeout) {
    return new SlackBotChannel(new Http(http, timeout), api, token, channel);
  }

  /** PagerDuty Events API v2: trigger with dedup key = incident id, resolve when it resolves. */
  static Channel pagerDuty(HttpClient http, URI events, String routingKey, Duration timeout) {
    return new PagerDutyChannel(new Http(http, timeout), events, routingKey);
  }

  /** Opsgenie alerts: create with alias = incident id, close when it resolves. */
  static Channel opsgenie(HttpClient http, URI api, String apiKey, Duration timeout) {
    return new OpsgenieChannel(new Http(http, timeout), api, apiKey);
  }

  /** Microsoft Teams by incoming webhook or workflow: an Adaptive Card when it opens and when it resolves. */
  static Channel teams(HttpClient http, URI webhook, Duration timeout) {
    return new TeamsChannel(new Http(http, timeout), webhook);
  }

  /**
   * Any HTTP endpoint: every revision's report as JSON ({@code json}), signed with HMAC-SHA256 in
   * {@value WebhookSignature#SIGNATURE_HEADER} so that the receiver can tell it came from us.
   */
  static Channel webhook(HttpClient http, URI url, String secret, Function<RcaReport, byte[]> json,
      Duration timeout, Clock clock) {
    return new WebhookChannel(new Http(http, timeout), url, new WebhookSignature(secret), json, clock);
  }

  /** Prints the Slack message it would have sent, for the demo without a Slack webhook. */
  static Channel console(java.util.function.Consumer<String> out) {
    return new ConsoleChannel(out);
  }
}
