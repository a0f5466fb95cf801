package dev.rootline.notifier;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Posts a label's acknowledgement in the thread of the pressed message: through the bot when a
 * token is configured ({@code chat.postMessage} with {@code thread_ts}), else through the
 * interaction's {@code response_url} as a new message beside the original. Best effort: a lost
 * acknowledgement loses no label.
 */
public final class SlackAcks {
  private final Http http;
  private final SlackBotChannel bot;

  private SlackAcks(Http http, SlackBotChannel bot) {
    this.http = http;
    this.bot = bot;
  }

  /** Acknowledges through the response URL only. */
  public static SlackAcks byResponseUrl(HttpClient client, Duration timeout) {
    return new SlackAcks(new Http(client, timeout), null);
  }

  /** Acknowledges through the bot with this token, falling back to the response URL. */
  public static SlackAcks byBot(HttpClient client, URI api, String token, Duration timeout) {
    Http http = new Http(client, timeout);
    return new SlackAcks(http, new SlackBotChannel(http, api, token, ""));
  }

  /** Posts the acknowledgement once; returns what became of it. */
  public Outcome post(SlackAck ack) {
    if (bot != null && ack.channelId() != null && ack.threadTs() != null) {
      return bot.reply(ack.channelId(), ack.threadTs(), ack.text());
    }
    if (ack.responseUrl() == null) {
      return Outcome.failed("Slack gave no response URL and no bot token is configured");
    }
    JsonObject body = new JsonObject();
    body.addProperty("text", ack.text());
    body.addProperty("response_type", "in_channel");
    body.addProperty("replace_original", false);
    if (ack.threadTs() != null) {
      body.addProperty("thread_ts", ack.threadTs());
    }
    Http.Answer answer = http.postJson(URI.create(ack.responseUrl()), Map.of(), body.toString());
    return answer.ok() ? Outcome.delivered(null) : answer.failure();
  }
}
