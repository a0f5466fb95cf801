package dev.rootline.rca.rank;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.TraceSample;
import dev.rootline.rca.evidence.EvidenceStore;
import java.util.List;

/**
 * Picks the example traces a report carries for the incident page's waterfalls: a failing trace
 * through the suspected cause beside a normal trace of the same entry operation, from before the
 * onset when one was kept. When no failure began in the top cause (a slow dependency fails nothing)
 * the next candidates are tried, up to {@value #TOP}. Span names are redacted: reports are stored
 * and shown.
 */
public final class ExampleTraces {
  static final int TOP = 3;

  private ExampleTraces() {}

  /** The samples, failing first; empty when none of the top candidates has a failing sample. */
  public static List<TraceSample> of(EvidenceStore store, AnalysisWindow w, List<Candidate> candidates,
      Redactor redactor) {
    return candidates.stream().map(Candidate::service).distinct().limit(TOP)
        .map(service -> store.exampleTraces(service, w.onset(), w.until()))
        .filter(samples -> !samples.isEmpty()).findFirst().orElse(List.of())
        .stream().map(sample -> redacted(sample, redactor)).toList();
  }

  private static TraceSample redacted(TraceSample sample, Redactor redactor) {
    List<TraceSample.SampleSpan> spans = sample.spans().stream().map(s -> new TraceSample.SampleSpan(s.service(),
        redactor.redact(s.name()), s.parent(), s.startMillis(), s.durationMillis(), s.error(), s.httpStatus()))
        .toList();
    return new TraceSample(sample.traceId(), sample.role(), sample.start(), sample.durationMillis(),
        sample.spanCount(), spans);
  }
}
