package dev.rootline.notifier;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.incident.Symptom;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words every channel shows, so that Slack, the pager and Teams say the same thing: a title
 * with severity and the hurt entry services, the top causes, the implicated change.
 */
final class ReportText {
  static final int TOP = 3;

  private ReportText() {}

  /** {@code Critical incident on frontend: likely checkout} or {@code Resolved: …}. */
  static String title(RcaReport report) {
    Incident incident = report.incident();
    String head = capitalized(incident.severity().name()) + " incident on " + String.join(", ", hurt(report));
    String cause = report.candidates().isEmpty() || report.verdict() == RcaReport.Verdict.NO_CLEAR_CAUSE
        ? ": no clear cause yet" : ": likely " + report.candidates().get(0).service();
    return (incident.state() == Incident.State.RESOLVED ? "Resolved: " : "") + head + cause;
  }

  /** The entry services whose users are hurt; the blast radius or all services when none is marked. */
  static List<String> hurt(RcaReport report) {
    Set<String> entry = new LinkedHashSet<>();
    for (Symptom symptom : report.incident().symptoms()) {
      if (symptom.entry()) {
        entry.add(symptom.service());
      }
    }
    if (entry.isEmpty()) {
      entry.addAll(report.blastRadius().services());
    }
    if (entry.isEmpty()) {
      entry.addAll(report.incident().services());
    }
    return entry.isEmpty() ? List.of("unknown services") : List.copyOf(entry);
  }

  /** The top causes, at most {@value #TOP}. */
  static List<Candidate> top(RcaReport report) {
    return report.candidates().subList(0, Math.min(TOP, report.candidates().size()));
  }

  /** {@code checkout 2.4.0 (code-change, 87%): reason}. */
  static String cause(Candidate candidate) {
    return candidate.service() + (candidate.version() == null ? "" : " " + candidate.version())
        + " (" + candidate.indicator().wireName() + ", " + percent(candidate.confidence()) + "): " + candidate.reason();
  }

  /** The implicated change: the change evidence of the first change among the top causes. */
  static Optional<String> change(RcaReport report) {
    for (Candidate candidate : top(report)) {
      if (candidate.kind() == Candidate.Kind.CHANGE || candidate.version() != null) {
        Optional<String> text = candidate.evidence().stream()
            .filter(e -> e.kind() == Evidence.Kind.CHANGE).map(Evidence::text).findFirst();
        if (text.isPresent()) {
          return text;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code Resolved at 2026-03-02T10:18:50Z.}, or {@code Resolved.} when the time is not known. */
  static String resolvedAt(RcaReport report) {
    return report.incident().resolved() == null ? "Resolved." : "Resolved at " + report.incident().resolved() + ".";
  }

  static String percent(double confidence) {
    return Double.isFinite(confidence) ? Math.round(confidence * 100) + "%" : "?";
  }

  /** The wire name of a severity or state: lower case. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String capitalized(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
