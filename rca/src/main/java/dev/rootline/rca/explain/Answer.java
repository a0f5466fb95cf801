package dev.rootline.rca.explain;

import java.util.List;
import java.util.Objects;

/**
 * A language model's answer, as asked for: the explanation's fields, and the service the likely
 * cause names, so that the check need not guess it from prose. Unchecked until
 * {@link ExplanationCheck} has passed it.
 *
 * @param summary     what happened and how badly
 * @param likelyCause the most likely cause in one sentence
 * @param cause       the ranked candidate's service the likely cause names, or null for none
 * @param evidenceIds the evidence ids cited
 * @param mitigations first steps
 * @param nextChecks  what to check next
 */
public record Answer(
    String summary, String likelyCause, String cause, List<String> evidenceIds, List<String> mitigations,
    List<String> nextChecks) {

  public Answer {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(likelyCause, "likelyCause");
    evidenceIds = List.copyOf(evidenceIds);
    mitigations = List.copyOf(mitigations);
    nextChecks = List.copyOf(nextChecks);
  }
}
