package dev.rootline.rca.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a language model may know about one report, and all it may say: the report's findings as
 * redacted text (ranked causes with their reasons, features and evidence, symptoms, blast radius,
 * timeline; never raw telemetry, never trace ids), and the words, figures and evidence ids that
 * text grounds. The prompt is built from {@link #text()}; {@link ExplanationCheck} holds an answer
 * to the rest.
 *
 * @param text        the findings as the model reads them
 * @param words       every word of the text, lower case: what a mentioned name, version or time must be
 * @param figures     every figure of the text, and the ratios and percentages derived from the report's
 * @param evidenceIds the ids of the report's evidence
 * @param causes      the ranked candidates' services, best first
 * @param verdict     whether a cause stands out
 */
public record Findings(
    String text, Set<String> words, List<Double> figures, Set<String> evidenceIds, List<String> causes,
    RcaReport.Verdict verdict) {

  public Findings {
    words = Set.copyOf(words);
    figures = List.copyOf(figures);
    evidenceIds = Set.copyOf(evidenceIds);
    causes = List.copyOf(causes);
  }

  /** The findings of the report, every string in them passed through the redactor. */
  public static Findings of(RcaReport report, Redactor redactor) {
    String text = FindingsText.write(report, redactor);
    Set<String> words = new HashSet<>(Mentions.words(text));
    List<Double> figures = new ArrayList<>();
    for (Mentions.Mention m : Mentions.of(text)) {
      if (m.type() == Mentions.Type.FIGURE) {
        figures.add(m.value());
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> causes = new LinkedHashSet<>();
    for (Candidate c : report.candidates()) {
      causes.add(redactor.redact(c.service()).toLowerCase(Locale.ROOT));
      addDerived(figures, c.confidence(), "ratio");
      c.features().values().forEach(f -> addDerived(figures, f, ""));
      for (Evidence e : c.evidence()) {
        ids.add(e.id());
        addDerived(figures, e.baseline(), e.unit());
        addDerived(figures, e.observed(), e.unit());
        addChange(figures, e.baseline(), e.observed());
      }
    }
    report.incident().symptoms().forEach(s -> {
      addDerived(figures, s.observed(), s.unit());
      addDerived(figures, s.expected(), s.unit());
      addChange(figures, s.expected(), s.observed());
    });
    return new Findings(text, words, figures, ids, new ArrayList<>(causes), report.verdict());
  }

  /** The figure as people read it, in one unit or another: a ratio as a percentage, ms as seconds. */
  private static void addDerived(List<Double> figures, double value, String unit) {
    if (!Double.isFinite(value)) {
      return;
    }
    figures.add(value);
    switch (unit) {
      case "ratio" -> figures.add(value * 100);
      case "ms" -> figures.add(value / 1000);
      case "s" -> figures.add(value * 1000);
      default -> { }
    }
  }

  /** How many times, and by how many percent, the observed value is off the baseline. */
  private static void addChange(List<Double> figures, double baseline, double observed) {
    if (Double.isFinite(baseline) && Double.isFinite(observed) && baseline != 0 && observed != 0) {
      figures.add(observed / baseline);
      figures.add(baseline / observed);
      figures.add(Math.abs(observed - baseline) / Math.abs(baseline) * 100);
      figures.add(Math.abs(observed - baseline));
    }
  }
}
