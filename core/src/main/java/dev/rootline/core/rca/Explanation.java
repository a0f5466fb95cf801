package dev.rootline.core.rca;

import java.util.List;
import java.util.Objects;

/**
 * A report's findings in plain words for the people on call: what happened, what most likely
 * caused it, and what to do first. Written from the report alone (never from raw telemetry), by a
 * language model when one is configured and passes the checks, otherwise from a template.
 *
 * @param summary     two or three sentences: what happened and how badly
 * @param likelyCause the most likely cause in one sentence; names a ranked candidate or says none stands out
 * @param evidenceIds the ids of the report's evidence the text rests on ({@code e1}, {@code e4})
 * @param mitigations first steps to take (roll back, scale, shed load, disable the flag)
 * @param nextChecks  what to look at next to confirm or rule out the cause
 * @param source      who wrote it
 * @param model       the model's name when a model wrote it, else null
 */
public record Explanation(
    String summary,
    String likelyCause,
    List<String> evidenceIds,
    List<String> mitigations,
    List<String> nextChecks,
    Source source,
    String model) {

  /** Who wrote an explanation. */
  public enum Source {
    /** A language model, and its answer passed the checks. */
    MODEL,
    /** Rootline's own template: no model configured, or the model's answer failed the checks. */
    TEMPLATE
  }

  public Explanation {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(likelyCause, "likelyCause");
    Objects.requireNonNull(source, "source");
    evidenceIds = List.copyOf(evidenceIds);
    mitigations = List.copyOf(mitigations);
    nextChecks = List.copyOf(nextChecks);
  }
}
