package dev.rootline.notifier;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prints the Slack message a report would become, as text: what the demo shows when no Slack
 * webhook is configured, so that a newcomer sees the notification without creating a Slack app.
 */
final class ConsoleChannel implements Channel {
  private final Consumer<String> out;

  ConsoleChannel(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public Outcome send(Notification notification) {
    SlackMessage message = SlackMessage.of(notification.report(), notification.link());
    List<String> lines = new ArrayList<>();
    lines.add("──── The Slack message Rootline would send (set SLACK_WEBHOOK_URL to post it) ────");
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof HeaderBlock header) {
        lines.add("# " + header.getText().getText());
      } else if (block instanceof SectionBlock section) {
        lines.add(section.getText().getText());
      } else if (block instanceof ActionsBlock actions) {
        lines.add(buttons(actions));
      } else if (block instanceof ContextBlock context) {
        context.getElements().stream().filter(MarkdownTextObject.class::isInstance)
            .forEach(e -> lines.add(((MarkdownTextObject) e).getText()));
      }
    }
    lines.add("─".repeat(40));
    out.accept(String.join(System.lineSeparator(), lines));
    return Outcome.delivered("console");
  }

  private static String buttons(ActionsBlock actions) {
    List<String> labels = new ArrayList<>();
    actions.getElements().forEach(element -> {
      if (element instanceof ButtonElement button) {
        labels.add("[" + button.getText().getText() + (button.getUrl() == null ? "" : ": " + button.getUrl()) + "]");
      } else if (element instanceof StaticSelectElement select) {
        labels.add("[" + select.getPlaceholder().getText() + " ▾]");
      }
    });
    return String.join(" ", labels);
  }
}
