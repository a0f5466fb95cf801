package dev.rootline.notifier;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slack's interactivity requests ({@code POST /slack/interactions}): refuses any request whose
 * signature is not Slack's (checked by Slack's own verifier: HMAC-SHA256 of {@code v0:timestamp:body}
 * with the signing secret, timestamps more than five minutes off refused), or that was accepted
 * before, and turns the report message's buttons into labels: <em>Confirm cause</em> confirms the
 * first cause, <em>Wrong cause</em> marks it wrong, picking from <em>the true cause</em> menu confirms
 * the picked service.
 */
public final class SlackInteractions {
  /** How far a request's timestamp may be from now: Slack's advice, and bolt's verifier's rule. */
  public static final Duration STALENESS = Duration.ofMillis(SlackSignature.TimestampVerifier.TIMESTAMP_EXPIRATION_TIME_IN_MILLIS);
  private final SlackSignature.Verifier verifier;
  private final LabelStore labels;
  private final Clock clock;
  private final ReplayGuard replays;

  public SlackInteractions(String signingSecret, LabelStore labels, Clock clock) {
    this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    this.labels = labels;
    this.clock = clock;
    this.replays = new ReplayGuard(STALENESS, 100_000, clock);
  }

  /**
   * What to answer Slack.
   *
   * @param status 200, or 401 when refused, 400 when the body is not an interaction
   * @param text   for the log or the person
   * @param label  the label stored, or null
   * @param ack    the acknowledgement to post in the message's thread, or null
   */
  public record Reply(int status, String text, Label label, SlackAck ack) {
    static Reply of(int status, String text) {
      return new Reply(status, text, null, null);
    }
  }

  /** Answers one request; {@code timestamp} and {@code signature} are Slack's headers, null when absent. */
  public Reply handle(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null || !valid(timestamp, body, signature)) {
      return Reply.of(401, "signature or timestamp refused");
    }
    if (!replays.firstTime(signature)) {
      return Reply.of(401, "request already accepted once");
    }
    Optional<BlockActionPayload> payload = payload(body);
    if (payload.isEmpty()) {
      return Reply.of(400, "not a block action");
    }
    for (BlockActionPayload.Action action : payload.get().getActions()) {
      Optional<Label> label = label(payload.get(), action);
      if (label.isPresent()) {
        return store(payload.get(), label.get());
      }
    }
    return Reply.of(200, "nothing to record");
  }

  private boolean valid(String timestamp, String body, String signature) {
    try {
      return verifier.isValid(timestamp, body, signature, clock.millis());
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Reply store(BlockActionPayload payload, Label label) {
    try {
      labels.add(label);
    } catch (IllegalArgumentException e) {
      return Reply.of(200, "Rootline no longer knows incident " + label.incidentId());
    }
    String text = "<@" + label.by() + "> " + (label.verdict() == Label.Verdict.CONFIRMED
        ? "confirmed " + label.service() + " as the cause" : "marked " + label.service() + " as the wrong cause")
        + ". Thanks, Rootline learns from this.";
    return new Reply(200, text, label, SlackAck.of(payload, text));
  }

  private Optional<Label> label(BlockActionPayload payload, BlockActionPayload.Action action) {
    String user = payload.getUser() == null ? "unknown" : payload.getUser().getId();
    return switch (action.getActionId() == null ? "" : action.getActionId()) {
      case SlackMessage.CONFIRM -> ActionValue.decode(action.getValue())
          .map(v -> label(v, Label.Verdict.CONFIRMED, "confirmed from Slack", user));
      case SlackMessage.WRONG -> ActionValue.decode(action.getValue())
          .map(v -> label(v, Label.Verdict.WRONG, "marked wrong from Slack", user));
      case SlackMessage.TRUE_CAUSE -> Optional.ofNullable(action.getSelectedOption())
          .flatMap(option -> ActionValue.decode(option.getValue()))
          .map(v -> label(v, Label.Verdict.CONFIRMED, "picked as the true cause in Slack", user));
      default -> Optional.empty();
    };
  }

  private Label label(ActionValue value, Label.Verdict verdict, String note, String user) {
    return new Label(value.incidentId(), value.revision(), verdict, value.service(), value.indicator(), note, user,
        clock.instant(), Label.Source.SLACK);
  }

  /** Slack sends {@code payload=<url-encoded JSON>} as a form. */
  private static Optional<BlockActionPayload> payload(String body) {
    for (String field : body.split("&")) {
      if (field.startsWith("payload=")) {
        try {
          String json = URLDecoder.decode(field.substring("payload=".length()), StandardCharsets.UTF_8);
          BlockActionPayload payload = SlackMessage.GSON.fromJson(json, BlockActionPayload.class);
          return payload != null && BlockActionPayload.TYPE.equals(payload.getType()) && payload.getActions() != null
              ? Optional.of(payload) : Optional.empty();
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SlackInteractions[signingSecret=***]";
  }
}
