package dev.rootline.app.notify;

import dev.rootline.app.report.ReportJson;
import dev.rootline.notifier.Channel;
import dev.rootline.notifier.Destination;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Builds the configured channels. A channel whose secret is missing or whose settings are incomplete
 * is left out with an error in the log naming the variable (never its value); its notifications then
 * fail visibly as "not configured" rather than stopping the service.
 */
final class Destinations {
  private static final Logger LOG = Logger.getLogger(Destinations.class);

  private Destinations() {}

  static List<Destination> build(NotifyConfig config, Secrets secrets, HttpClient http, Clock clock) {
    List<Destination> destinations = new ArrayList<>();
    for (Map.Entry<String, NotifyConfig.ChannelSettings> each : config.channels().entrySet()) {
      try {
        destinations.add(build(each.getKey(), each.getValue(), config, secrets, http, clock));
        LOG.infof("Notification channel '%s': %s", each.getKey(), destinations.get(destinations.size() - 1).channel());
      } catch (IllegalArgumentException e) {
        LOG.errorf("Notification channel '%s' is left out: %s", each.getKey(), e.getMessage());
      }
    }
    return destinations;
  }

  private static Destination build(String name, NotifyConfig.ChannelSettings settings, NotifyConfig config,
      Secrets secrets, HttpClient http, Clock clock) {
    ChannelType type = settings.type();
    String variable = settings.secretEnv().orElse(type.secretEnv());
    String secret = secrets.get(variable).orElseThrow(() ->
        new IllegalArgumentException("environment variable " + variable + " is not set"));
    Optional<URI> url = settings.url().or(type::defaultUrl).map(URI::create);
    Channel channel = switch (type) {
      case SLACK_WEBHOOK -> Channel.slackWebhook(http, URI.create(secret), config.timeout());
      case TEAMS -> Channel.teams(http, URI.create(secret), config.timeout());
      case SLACK_BOT -> Channel.slackBot(http, url.orElseThrow(), secret, settings.channel().orElseThrow(() ->
          new IllegalArgumentException("a slack-bot channel needs rootline.notify.channels." + name + ".channel")),
          config.timeout());
      case PAGERDUTY -> Channel.pagerDuty(http, url.orElseThrow(), secret, config.timeout());
      case OPSGENIE -> Channel.opsgenie(http, url.orElseThrow(), secret, config.timeout());
      case WEBHOOK -> Channel.webhook(http, url.orElseThrow(() ->
          new IllegalArgumentException("a webhook channel needs rootline.notify.channels." + name + ".url")),
          secret, ReportJson::write, config.timeout(), clock);
    };
    return new Destination(name, channel, settings.spacing().orElse(type.spacing()));
  }
}
