package dev.rootline.rca.explain;

import java.util.List;
import java.util.Objects;

/**
 * What is sent to a language model: the rules and the answer's shape ({@code system}), and the
 * redacted findings ({@code user}), with the problems of a refused answer when asking again.
 */
public record Prompt(String system, String user) {
  private static final String RULES = """
      You explain a root cause analysis to the engineers on call, in plain words, from the findings \
      given and nothing else.
      Rules:
      - Never change the ranking. The likely cause is one of the ranked causes, normally the first. \
      Put its service in "cause", written exactly as in the findings; use null only when the verdict \
      is no-clear-cause or no cause was ranked.
      - Mention only services, versions, times and figures that appear in the findings, written as \
      they appear there. Never invent or compute new numbers.
      - Put the ids of the evidence your text rests on (e1, e2, ...) in "evidence_ids"; only ids \
      that appear in the findings.
      - "mitigations": at most 3 first steps that fit the cause: roll back a bad version, revert a \
      config or feature-flag change, scale out or restart a saturated service, fail over or shed \
      load for a failing dependency.
      - "next_checks": at most 3 things to look at to confirm or rule out the cause.
      - "summary": at most 3 sentences: what happened, where, how badly.
      Answer with one JSON object and nothing else, shaped like this:
      {"summary": "...", "likely_cause": "...", "cause": "service or null", "evidence_ids": ["e1"], \
      "mitigations": ["..."], "next_checks": ["..."]}""";

  public Prompt {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(user, "user");
  }

  /** The prompt for the findings; {@code problems} are why the last answer was refused, empty at first. */
  public static Prompt of(Findings findings, List<String> problems) {
    StringBuilder user = new StringBuilder(findings.text().length() + 256).append("Findings:\n").append(findings.text());
    if (!problems.isEmpty()) {
      user.append("\nYour previous answer was refused because:\n");
      problems.forEach(p -> user.append("- ").append(p).append('\n'));
      user.append("Answer again, following the rules.");
    }
    return new Prompt(RULES, user.toString());
  }
}
