package dev.rootline.rca.explain;

import dev.rootline.core.incident.Symptom;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a report's findings as short lines of text, every string redacted. Bounded: the first
 * causes, evidence, symptoms and timeline entries only, so a prompt stays small and cheap.
 */
final class FindingsText {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final int MAX_CAUSES = 5;
  private static final int MAX_EVIDENCE = 6;
  private static final int MAX_SYMPTOMS = 8;
  private static final int MAX_TIMELINE = 10;
  private static final int MAX_ENDPOINTS = 8;

  private FindingsText() {}

  static String write(RcaReport report, Redactor redactor) {
    StringBuilder out = new StringBuilder(2048);
    var incident = report.incident();
    out.append("Incident ").append(incident.id()).append(" (").append(name(incident.state())).append(", ")
        .append(name(incident.severity())).append("), onset ").append(time(incident.onset())).append(" UTC on ")
        .append(DATE.format(incident.onset())).append(", last seen ").append(time(incident.lastSeen())).append(" UTC")
        .append(incident.resolved() == null ? "" : ", resolved " + time(incident.resolved()) + " UTC").append(".\n");
    out.append("Services hurt: ").append(String.join(", ", report.blastRadius().services())).append(".\n");
    if (!report.blastRadius().endpoints().isEmpty()) {
      out.append("Endpoints hurt: ").append(String.join(", ", report.blastRadius().endpoints().stream()
          .limit(MAX_ENDPOINTS).toList())).append(".\n");
    }
    out.append("Verdict: ").append(name(report.verdict())).append(".\n");
    causes(report, out);
    symptoms(report, out);
    if (!report.timeline().isEmpty()) {
      out.append("Timeline (UTC):\n");
      report.timeline().stream().limit(MAX_TIMELINE)
          .forEach(t -> out.append("- ").append(time(t.at())).append(' ').append(t.text()).append('\n'));
    }
    return redactor.redact(out.toString());
  }

  private static void causes(RcaReport report, StringBuilder out) {
    if (report.candidates().isEmpty()) {
      out.append("Ranked causes: none scored.\n");
      return;
    }
    out.append("Ranked causes, best first:\n");
    int rank = 0;
    for (Candidate c : report.candidates().subList(0, Math.min(MAX_CAUSES, report.candidates().size()))) {
      out.append(++rank).append(". ").append(c.service()).append(c.version() == null ? "" : " version " + c.version())
          .append(", kind ").append(name(c.kind())).append(", indicator ").append(c.indicator().wireName())
          .append(Double.isNaN(c.confidence()) ? "" : ", confidence " + figure(c.confidence())).append('\n');
      out.append("   reason: ").append(c.reason()).append('\n');
      Map<String, Double> features = new TreeMap<>(c.features());
      features.values().removeIf(v -> !Double.isFinite(v));
      if (!features.isEmpty()) {
        out.append("   features: ");
        features.forEach((k, v) -> out.append(k).append(' ').append(figure(v)).append(", "));
        out.setLength(out.length() - 2);
        out.append('\n');
      }
      c.evidence().stream().limit(MAX_EVIDENCE).forEach(e -> evidence(e, out));
    }
  }

  private static void evidence(Evidence e, StringBuilder out) {
    out.append("   ").append(e.id()).append(' ').append(name(e.kind())).append(", ").append(e.service()).append(", ")
        .append(e.subject());
    if (Double.isFinite(e.baseline()) || Double.isFinite(e.observed())) {
      out.append(": ").append(figure(e.baseline())).append(" -> ").append(figure(e.observed())).append(' ')
          .append(e.unit());
    }
    out.append("; ").append(e.text()).append('\n');
  }

  private static void symptoms(RcaReport report, StringBuilder out) {
    if (report.incident().symptoms().isEmpty()) {
      return;
    }
    out.append("Symptoms:\n");
    for (Symptom s : report.incident().symptoms().stream().limit(MAX_SYMPTOMS).toList()) {
      out.append("- ").append(s.service()).append(' ').append(s.signal()).append(" since ").append(time(s.onset()))
          .append(": ").append(figure(s.expected())).append(" -> ").append(figure(s.observed())).append(' ')
          .append(s.unit()).append(s.entry() ? ", users hurt" : "").append("; ").append(s.message()).append('\n');
    }
  }

  static String time(Instant at) {
    return TIME.format(at);
  }

  /** Three significant digits, no exponent, no trailing zeros; "n/a" when the figure does not apply. */
  static String figure(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
