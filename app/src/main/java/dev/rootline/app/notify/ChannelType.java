package dev.rootline.app.notify;

import java.util.Optional;

/**
 * The kinds of channel {@code rootline.notify.channels.<name>.type} names, each with the
 * environment variable its secret is read from unless {@code secret-env} names another, its default
 * endpoint, and the least time between two sends.
 */
public enum ChannelType {
  /** Incoming webhook; the webhook URL is the secret. */
  SLACK_WEBHOOK("SLACK_WEBHOOK_URL", null, 1000),
  /** Bot token with chat:write; needs {@code channel}. */
  SLACK_BOT("ROOTLINE_SLACK_BOT_TOKEN", "https://slack.com/api/", 1000),
  /** Events API v2 integration key. */
  PAGERDUTY("ROOTLINE_PAGERDUTY_ROUTING_KEY", "https://events.pagerduty.com/v2/enqueue", 0),
  /** Alert API key; EU accounts set {@code url=https://api.eu.opsgenie.com}. */
  OPSGENIE("ROOTLINE_OPSGENIE_API_KEY", "https://api.opsgenie.com", 0),
  /** Incoming webhook or Workflows URL; the URL is the secret. */
  TEAMS("ROOTLINE_TEAMS_WEBHOOK_URL", null, 1000),
  /** Any HTTP endpoint ({@code url}); the secret signs the body. */
  WEBHOOK("ROOTLINE_WEBHOOK_SECRET", null, 0);

  private final String secretEnv;
  private final String defaultUrl;
  private final long spacingMillis;

  ChannelType(String secretEnv, String defaultUrl, long spacingMillis) {
    this.secretEnv = secretEnv;
    this.defaultUrl = defaultUrl;
    this.spacingMillis = spacingMillis;
  }

  public String secretEnv() {
    return secretEnv;
  }

  /** The endpoint when {@code url} is not set; empty when the secret is the URL or the URL must be given. */
  public Optional<String> defaultUrl() {
    return Optional.ofNullable(defaultUrl);
  }

  /** Whether the secret is the endpoint itself (a webhook URL). */
  public boolean secretIsUrl() {
    return this == SLACK_WEBHOOK || this == TEAMS;
  }

  public java.time.Duration spacing() {
    return java.time.Duration.ofMillis(spacingMillis);
  }
}
