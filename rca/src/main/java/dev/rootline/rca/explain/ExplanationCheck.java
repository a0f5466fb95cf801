package dev.rootline.rca.explain;

import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holds a model's answer to the findings before anyone reads it: every service, version, time and
 * figure it mentions must be in the findings, every evidence id it cites must exist, and its likely
 * cause must be a ranked candidate (the first when the verdict is confident). Returns the reasons an
 * answer fails, in words a model can act on when asked again; empty means it passes.
 */
public final class ExplanationCheck {
  private static final int MAX_SUMMARY = 700;
  private static final int MAX_LINE = 400;
  private static final int MAX_ITEMS = 5;
  private static final int MAX_PROBLEMS = 10;
  /** Relative tolerance for a figure that was rounded when quoted. */
  private static final double TOLERANCE = 0.06;

  private ExplanationCheck() {}

  /** The reasons the answer fails; empty when it passes. */
  public static List<String> problems(Answer answer, Findings findings) {
    Set<String> problems = new LinkedHashSet<>();
    shape(answer, findings, problems);
    cause(answer, findings, problems);
    for (String id : answer.evidenceIds()) {
      if (!findings.evidenceIds().contains(id.strip().toLowerCase(Locale.ROOT))) {
        problems.add("cites evidence id '" + id + "', which is not in the findings");
      }
    }
    List<String> texts = new ArrayList<>(List.of(answer.summary(), answer.likelyCause()));
    texts.addAll(answer.mitigations());
    texts.addAll(answer.nextChecks());
    texts.forEach(text -> grounded(text, findings, problems));
    return problems.stream().limit(MAX_PROBLEMS).toList();
  }

  private static void shape(Answer answer, Findings findings, Set<String> problems) {
    if (answer.summary().isBlank() || answer.summary().length() > MAX_SUMMARY) {
      problems.add("summary must be 1 to " + MAX_SUMMARY + " characters");
    }
    if (answer.likelyCause().isBlank() || answer.likelyCause().length() > MAX_LINE) {
      problems.add("likely_cause must be 1 to " + MAX_LINE + " characters");
    }
    if (answer.mitigations().size() > MAX_ITEMS || answer.nextChecks().size() > MAX_ITEMS) {
      problems.add("at most " + MAX_ITEMS + " mitigations and next checks");
    }
    if (!findings.evidenceIds().isEmpty() && answer.evidenceIds().isEmpty()) {
      problems.add("cites no evidence id");
    }
  }

  private static void cause(Answer answer, Findings findings, Set<String> problems) {
    String cause = answer.cause() == null ? "" : answer.cause().strip().toLowerCase(Locale.ROOT);
    if (cause.isEmpty() || cause.equals("none") || cause.equals("null")) {
      if (!findings.causes().isEmpty() && findings.verdict() != RcaReport.Verdict.NO_CLEAR_CAUSE) {
        problems.add("cause is missing: it must be one of the ranked causes");
      }
      return;
    }
    if (!findings.causes().contains(cause)) {
      problems.add("cause '" + answer.cause() + "' is not a ranked cause; the ranked causes are "
          + String.join(", ", findings.causes()));
    } else if (findings.verdict() == RcaReport.Verdict.CONFIDENT && !cause.equals(findings.causes().get(0))) {
      problems.add("the verdict is confident, so the cause must be the first ranked cause, "
          + findings.causes().get(0));
    }
    if (!answer.likelyCause().toLowerCase(Locale.ROOT).contains(cause)) {
      problems.add("likely_cause must name the cause '" + answer.cause() + "'");
    }
  }

  private static void grounded(String text, Findings findings, Set<String> problems) {
    for (Mentions.Mention m : Mentions.of(text)) {
      switch (m.type()) {
        case EVIDENCE_ID -> {
          if (!findings.evidenceIds().contains(m.text())) {
            problems.add("mentions evidence " + m.text() + ", which is not in the findings");
          }
        }
        case NAME -> {
          if (!findings.words().contains(m.text())) {
            problems.add("mentions '" + m.text() + "', which is not a service or name in the findings");
          }
        }
        case VERSION -> {
          if (!findings.words().contains(m.text())) {
            problems.add("mentions version " + m.text() + ", which is not in the findings");
          }
        }
        case TIME -> {
          if (!timeGrounded(m.text(), findings)) {
            problems.add("mentions time " + m.text() + ", which is not in the findings");
          }
        }
        case FIGURE -> {
          if (!figureGrounded(m, findings)) {
            problems.add("mentions the figure " + m.text() + ", which is not in the findings");
          }
        }
      }
    }
  }

  /** A time as the findings write it (or its first minutes), a date of the findings, or both joined by T. */
  private static boolean timeGrounded(String time, Findings findings) {
    int t = time.indexOf('t');
    if (t > 0) {
      return timeGrounded(time.substring(0, t), findings) && timeGrounded(time.substring(t + 1), findings);
    }
    String bare = time.endsWith("z") ? time.substring(0, time.length() - 1) : time;
    String whole = bare.contains(".") ? bare.substring(0, bare.indexOf('.')) : bare;
    return findings.words().stream().anyMatch(w -> w.startsWith(whole));
  }

  private static boolean figureGrounded(Mentions.Mention m, Findings findings) {
    double v = Math.abs(m.value());
    if (v <= 10 && v == Math.rint(v) && !m.text().endsWith("%")) {
      return true; // counting words: "2 services", "3 steps"
    }
    if (findings.words().contains(m.text())) {
      return true;
    }
    double rounding = halfUnitOfLastDigit(m.text());
    for (double f : findings.figures()) {
      double a = Math.abs(f);
      if (Math.abs(a - v) <= Math.max(TOLERANCE * a, rounding)) {
        return true;
      }
    }
    return false;
  }

  /** Half a unit of the last digit written: "19" may stand for 19.4, "0.2" for 0.24. */
  private static double halfUnitOfLastDigit(String figure) {
    String digits = figure.replaceAll("[^0-9.]", "");
    int dot = digits.indexOf('.');
    int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
    return 0.5 * Math.pow(10, -decimals);
  }
}
