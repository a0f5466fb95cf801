package dev.rootline.app.notify;

import dev.rootline.core.incident.Incident;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notifications: {@code rootline.notify.*} (environment: {@code ROOTLINE_NOTIFY_*}). No key holds a
 * secret: a channel names the environment variable its token, key or webhook URL is read from, so
 * that secrets live only in the environment (or a Kubernetes Secret mapped into it).
 */
@ConfigMapping(prefix = "rootline.notify")
public interface NotifyConfig {
  /** Whether reports are announced at all. */
  @WithDefault("true")
  boolean enabled();

  /** The environment this Rootline watches ({@code production}, {@code staging}), for routes. */
  @WithDefault("production")
  String environment();

  /** Where people reach this Rootline; links to reports start here. */
  @WithDefault("http://localhost:8080")
  String baseUrl();

  /** How long a later revision waits so that quick successive updates go out as one. */
  @WithDefault("10s")
  Duration coalesce();

  /** How often the dispatcher looks for due notifications. */
  @WithDefault("1s")
  Duration tick();

  /** How long one request to a destination may take. */
  @WithDefault("10s")
  Duration timeout();

  /** The wait after the first failed try; it doubles each time (with jitter) up to {@link #maxRetry()}. */
  @WithDefault("2s")
  Duration firstRetry();

  @WithDefault("5m")
  Duration maxRetry();

  /** How long after recording a notification is given up when it still fails. */
  @WithDefault("1h")
  Duration giveUpAfter();

  /** How many due notifications one tick sends at most. */
  @WithDefault("50")
  int batch();

  /** The destinations, by name. */
  Map<String, ChannelSettings> channels();

  /** The routes, in order: the first that matches decides. None: every report to every channel. */
  Optional<List<RouteSettings>> routes();

  /** Slack interactivity. */
  Slack slack();

  /** One destination. */
  interface ChannelSettings {
    ChannelType type();

    /** The endpoint where it is not the secret: the generic webhook's URL, an Opsgenie region, a proxy. */
    Optional<String> url();

    /** Slack bot: the channel id ({@code C0123ABC}) or name ({@code #ops}) to post in. */
    Optional<String> channel();

    /** The environment variable holding this channel's secret; the type's default when unset. */
    Optional<String> secretEnv();

    /** The least time between two sends; the type's default when unset (1 s for Slack and Teams). */
    Optional<Duration> spacing();
  }

  /** One route. */
  interface RouteSettings {
    /** For people and logs. */
    Optional<String> name();

    /** Service name patterns, {@code *} for any run of characters; any service of the incident may match. */
    Optional<List<String>> services();

    Optional<Set<String>> environments();

    Optional<Set<Incident.Severity>> severities();

    /** The channel names to notify. */
    List<String> channels();
  }

  /** Slack interactivity: {@code POST /slack/interactions}. */
  interface Slack {
    /** The environment variable holding the Slack app's signing secret; unset means interactivity is off. */
    @WithDefault("ROOTLINE_SLACK_SIGNING_SECRET")
    String signingSecretEnv();

    /** The environment variable holding a bot token to acknowledge labels in the thread (else the response URL). */
    @WithDefault("ROOTLINE_SLACK_BOT_TOKEN")
    String botTokenEnv();

    /** Slack's Web API base, for acknowledgements by bot. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();
  }
}
