package dev.rootline.rca.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation Rootline writes itself, from the report alone: the first candidate's reason as
 * the likely cause, its evidence ids as citations, and first steps chosen by its indicator
 * ({@link Mitigations}). Deterministic, so the same report always reads the same, and it passes
 * {@link ExplanationCheck} by construction: the floor every model answer is measured against.
 */
final class TemplateExplainer implements Explainer {
  private static final int MAX_CITED = 4;

  private final Redactor redactor;

  TemplateExplainer(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  public Explanation explain(RcaReport report) {
    List<Candidate> ranked = report.candidates();
    Candidate top = ranked.isEmpty() ? null : ranked.get(0);
    List<String> cited = top == null ? List.of()
        : top.evidence().stream().limit(MAX_CITED).map(Evidence::id).toList();
    return new Explanation(clean(summary(report)), clean(likelyCause(report.verdict(), top)), cited,
        Mitigations.of(report.verdict(), top).stream().map(this::clean).toList(),
        nextChecks(ranked).stream().map(this::clean).toList(), Explanation.Source.TEMPLATE, null);
  }

  private static String summary(RcaReport report) {
    var incident = report.incident();
    String text = capitalised(FindingsText.name(incident.severity())) + " incident since "
        + FindingsText.time(incident.onset()) + " UTC, hurting " + String.join(", ", report.blastRadius().services())
        + ". " + switch (report.verdict()) {
          case CONFIDENT -> "One cause stands out.";
          case LOW_CONFIDENCE -> "One cause leads, but the evidence is not conclusive.";
          case NO_CLEAR_CAUSE -> "No single cause stands out.";
        };
    return incident.resolved() == null ? text : text + " Resolved at " + FindingsText.time(incident.resolved()) + " UTC.";
  }

  private static String likelyCause(RcaReport.Verdict verdict, Candidate top) {
    if (top == null) {
      return "No clear cause: nothing Rootline measured stands out.";
    }
    String what = top.service() + (top.version() == null ? "" : " " + top.version()) + " ("
        + top.indicator().wireName().replace('-', ' ') + ")";
    String reason = stripEnd(top.reason());
    return switch (verdict) {
      case CONFIDENT -> what + ": " + reason + ".";
      case LOW_CONFIDENCE -> "Most likely " + what + ", though the evidence is not conclusive: " + reason + ".";
      case NO_CLEAR_CAUSE -> "No single cause stands out; the strongest lead is " + what + ": " + reason + ".";
    };
  }

  private static List<String> nextChecks(List<Candidate> ranked) {
    List<String> checks = new ArrayList<>();
    if (!ranked.isEmpty()) {
      Candidate top = ranked.get(0);
      top.evidence().stream().limit(2).forEach(e -> checks.add(Mitigations.check(top.service(), e)));
    }
    if (ranked.size() > 1) {
      checks.add("Rule out " + ranked.get(1).service() + ", ranked second.");
    }
    if (checks.isEmpty()) {
      checks.add("Watch the services hurt for a repeat, and look for changes Rootline was not told about.");
    }
    return checks.stream().distinct().toList();
  }

  private String clean(String text) {
    return redactor.redact(text);
  }

  private static String stripEnd(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
