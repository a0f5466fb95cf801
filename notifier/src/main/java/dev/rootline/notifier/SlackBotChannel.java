package dev.rootline.notifier;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Slack by bot token, so that an incident is one message: {@code chat.postMessage} the first time,
 * {@code chat.update} of that message (its channel id and {@code ts} are the reference) for every
 * later revision, and a reply in its thread when the incident resolves. The Web API answers 200
 * with {@code "ok": false} for most errors; the passing ones are retried, the others are not.
 */
final class SlackBotChannel implements Channel {
  private static final Set<String> PASSING = Set.of("ratelimited", "internal_error", "fatal_error",
      "service_unavailable", "request_timeout", "team_added_to_org");
  private final Http http;
  private final URI api;
  private final String token;
  private final String channel;

  SlackBotChannel(Http http, URI api, String token, String channel) {
    this.http = http;
    this.api = api.toString().endsWith("/") ? api : URI.create(api + "/");
    this.token = token;
    this.channel = channel;
  }

  @Override
  public Outcome send(Notification notification) {
    SlackMessage message = SlackMessage.of(notification.report(), notification.link());
    MessageRef previous = MessageRef.parse(notification.previous());
    if (previous == null) {
      JsonObject body = message.json();
      body.addProperty("channel", channel);
      Result posted = call("chat.postMessage", body);
      if (posted.outcome() != null) {
        return posted.outcome();
      }
      previous = new MessageRef(posted.answer().get("channel").getAsString(), posted.answer().get("ts").getAsString());
    } else {
      JsonObject body = message.json();
      body.addProperty("channel", previous.channel());
      body.addProperty("ts", previous.ts());
      Result updated = call("chat.update", body);
      if (updated.outcome() != null) {
        return updated.outcome();
      }
    }
    if (notification.isResolved()) {
      JsonObject reply = new JsonObject();
      reply.addProperty("channel", previous.channel());
      reply.addProperty("thread_ts", previous.ts());
      reply.addProperty("text", ReportText.resolvedAt(notification.report())
          + " Was the cause right? Answer with the buttons above.");
      Result replied = call("chat.postMessage", reply);
      if (replied.outcome() != null) {
        return replied.outcome();
      }
    }
    return Outcome.delivered(previous.toString());
  }

  /** A reply in a message's thread, such as the acknowledgement of a label. */
  Outcome reply(String channelId, String threadTs, String text) {
    JsonObject reply = new JsonObject();
    reply.addProperty("channel", channelId);
    reply.addProperty("thread_ts", threadTs);
    reply.addProperty("text", text);
    Result replied = call("chat.postMessage", reply);
    return replied.outcome() != null ? replied.outcome() : Outcome.delivered(replied.answer().get("ts").getAsString());
  }

  /** The answer of a Web API method, or the outcome that ends the attempt. */
  private record Result(JsonObject answer, Outcome outcome) {}

  private Result call(String method, JsonObject body) {
    Http.Answer answer = http.postJson(api.resolve(method), Map.of("Authorization", "Bearer " + token),
        SlackMessage.GSON.toJson(body));
    if (!answer.ok()) {
      return new Result(null, answer.failure());
    }
    JsonObject json;
    try {
      json = JsonParser.parseString(answer.response().body()).getAsJsonObject();
    } catch (RuntimeException e) {
      return new Result(null, Outcome.retry("Slack " + method + " answered something that is not JSON"));
    }
    if (json.has("ok") && json.get("ok").getAsBoolean()) {
      return new Result(json, null);
    }
    String error = json.has("error") ? json.get("error").getAsString() : "unknown_error";
    String reason = "Slack " + method + " failed: " + error;
    return new Result(null, PASSING.contains(error) ? Outcome.retry(reason) : Outcome.failed(reason));
  }

  /** Where a posted message lives: {@code channel/ts}. */
  record MessageRef(String channel, String ts) {
    static MessageRef parse(String reference) {
      if (reference == null) {
        return null;
      }
      int slash = reference.indexOf('/');
      return slash < 1 ? null : new MessageRef(reference.substring(0, slash), reference.substring(slash + 1));
    }

    @Override
    public String toString() {
      return channel + "/" + ts;
    }
  }

  @Override
  public String toString() {
    return "Slack bot posting to " + channel;
  }
}
