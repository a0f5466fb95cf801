package dev.rootline.notifier;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.util.json.GsonFactory;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as a Slack message built with Slack's own Block Kit model: the title, the top causes,
 * the change, the explanation when there is one, and the buttons people answer with.
 *
 * @param text   the notification and accessibility fallback
 * @param blocks the Block Kit layout
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
  static final String OPEN = "rootline_open";
  static final String CONFIRM = "rootline_confirm";
  static final String WRONG = "rootline_wrong";
  static final String TRUE_CAUSE = "rootline_true_cause";
  /** Slack's own JSON form of its model (snake case, its type adapters). */
  static final Gson GSON = GsonFactory.createSnakeCase();
  private static final int MAX_OPTIONS = 100;
  private static final java.lang.reflect.Type BLOCKS = new TypeToken<List<LayoutBlock>>() {}.getType();

  static SlackMessage of(RcaReport report, URI link) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = ReportText.title(report);
    blocks.add(header(h -> h.text(plainText(ReportText.shortened(title, 150)))));
    blocks.add(section(s -> s.text(markdownText("*Severity:* " + ReportText.name(report.incident().severity())
        + "   *State:* " + ReportText.name(report.incident().state())
        + "   *Verdict:* " + ReportText.name(report.verdict())))));
    if (!report.candidates().isEmpty()) {
      StringBuilder causes = new StringBuilder("*Likely causes*");
      int rank = 1;
      for (Candidate candidate : ReportText.top(report)) {
        causes.append('\n').append(rank++).append(". ").append(ReportText.cause(candidate));
      }
      blocks.add(section(s -> s.text(markdownText(ReportText.shortened(causes.toString(), 3000)))));
    }
    ReportText.change(report).ifPresent(change -> blocks.add(section(s -> s.text(markdownText("*Change:* " + change)))));
    if (report.explanation() != null) {
      blocks.add(section(s -> s.text(markdownText(ReportText.shortened(explained(report.explanation()), 3000)))));
    }
    blocks.add(actions(a -> a.blockId("rootline_actions").elements(elements(report, link))));
    blocks.add(context(c -> c.elements(List.of(markdownText("Rootline · incident `" + report.id() + "` · revision "
        + report.revision())))));
    return new SlackMessage(title, blocks);
  }

  /** The message as a webhook body; {@code chat.postMessage} and {@code chat.update} add their fields to it. */
  JsonObject json() {
    JsonObject body = new JsonObject();
    body.addProperty("text", text);
    body.add("blocks", GSON.toJsonTree(blocks, BLOCKS));
    return body;
  }

  private static String explained(Explanation explanation) {
    StringBuilder text = new StringBuilder("*Summary:* ").append(explanation.summary())
        .append("\n*Likely cause:* ").append(explanation.likelyCause());
    if (!explanation.mitigations().isEmpty()) {
      text.append("\n*First steps:*");
      explanation.mitigations().forEach(step -> text.append("\n• ").append(step));
    }
    if (!explanation.nextChecks().isEmpty()) {
      text.append("\n*Check next:*");
      explanation.nextChecks().forEach(check -> text.append("\n• ").append(check));
    }
    return text.toString();
  }

  private static List<BlockElement> elements(RcaReport report, URI link) {
    List<BlockElement> elements = new ArrayList<>();
    elements.add(button(b -> b.actionId(OPEN).text(plainText("Open report")).url(link.toString())));
    if (!report.candidates().isEmpty()) {
      Candidate top = report.candidates().get(0);
      String value = new ActionValue(report.id(), report.revision(), top.service(), top.indicator()).encode();
      elements.add(button(b -> b.actionId(CONFIRM).text(plainText("Confirm cause")).style("primary").value(value)));
      elements.add(button(b -> b.actionId(WRONG).text(plainText("Wrong cause")).style("danger").value(value)));
    }
    List<OptionObject> options = trueCauseOptions(report);
    if (!options.isEmpty()) {
      elements.add(staticSelect(s -> s.actionId(TRUE_CAUSE).placeholder(plainText("Pick the true cause"))
          .options(options)));
    }
    return elements;
  }

  /** Every ranked candidate, then every other service of the incident: where the true cause is picked. */
  private static List<OptionObject> trueCauseOptions(RcaReport report) {
    Set<String> services = new LinkedHashSet<>();
    report.candidates().forEach(c -> services.add(c.service()));
    services.addAll(report.incident().services());
    services.addAll(report.blastRadius().services());
    List<OptionObject> options = new ArrayList<>();
    for (String service : services) {
      if (options.size() == MAX_OPTIONS) {
        break;
      }
      String value = new ActionValue(report.id(), report.revision(), service, null).encode();
      options.add(option(plainText(ReportText.shortened(service, 75)), value));
    }
    return options;
  }
}
