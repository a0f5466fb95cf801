package dev.rootline.notifier;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/**
 * A reply to post in the thread of the message whose button was pressed, acknowledging a label.
 *
 * @param channelId   the message's channel, or null when Slack did not say
 * @param threadTs    the message's {@code ts}, or null
 * @param responseUrl where Slack accepts a response without a bot token, or null
 * @param text        the reply
 */
public record SlackAck(String channelId, String threadTs, String responseUrl, String text) {
  static SlackAck of(BlockActionPayload payload, String text) {
    String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
    String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
    if (ts == null && payload.getMessage() != null) {
      ts = payload.getMessage().getTs();
    }
    return new SlackAck(channel, ts, payload.getResponseUrl(), text);
  }
}
