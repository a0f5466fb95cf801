package dev.rootline.core.rca;

import dev.rootline.core.incident.Incident;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What Rootline concluded about one incident at one revision: the ranked candidates with their
 * evidence, who is hurt, and what happened when. A later revision of the same incident replaces it.
 *
 * @param incident    the incident as it stood when analysed
 * @param revision    counts up from 1 with each analysis of the incident
 * @param analysedAt  event time of the analysis
 * @param verdict     whether a cause stands out
 * @param candidates  ranked, best first; empty when nothing was scored
 * @param blastRadius the services and endpoints the incident hurts
 * @param timeline    what happened, in time order
 * @param explanation the findings in plain words, or null until one is written
 * @param series      the top candidates' series around the onset, or null when none were kept
 * @param traces      example traces to draw as waterfalls, the failing one first; empty when none were kept
 */
public record RcaReport(
    Incident incident,
    int revision,
    Instant analysedAt,
    Verdict verdict,
    List<Candidate> candidates,
    BlastRadius blastRadius,
    List<TimelineEntry> timeline,
    Explanation explanation,
    SeriesSnapshot series,
    List<TraceSample> traces) {

  /** How strongly the evidence points at the first candidate. */
  public enum Verdict {
    /** The first candidate clearly stands out. */
    CONFIDENT,
    /** There is a first candidate, but others are close or the evidence is thin. */
    LOW_CONFIDENCE,
    /** Nothing stands out: Rootline does not point at anyone. */
    NO_CLEAR_CAUSE
  }

  /** The services and endpoints an incident hurts. */
  public record BlastRadius(List<String> services, List<String> endpoints) {
    public BlastRadius {
      services = List.copyOf(services);
      endpoints = List.copyOf(endpoints);
    }
  }

  /** One moment of an incident: a change, an onset, a resolution. */
  public record TimelineEntry(Instant at, String text) {
    public TimelineEntry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(text, "text");
    }
  }

  public RcaReport {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(analysedAt, "analysedAt");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(blastRadius, "blastRadius");
    candidates = List.copyOf(candidates);
    timeline = List.copyOf(timeline);
    traces = traces == null ? List.of() : List.copyOf(traces); // null: a report stored before samples existed
    if (revision < 1) {
      throw new IllegalArgumentException("revision counts from 1");
    }
  }

  /** A report without a series snapshot. */
  public RcaReport(Incident incident, int revision, Instant analysedAt, Verdict verdict, List<Candidate> candidates,
      BlastRadius blastRadius, List<TimelineEntry> timeline, Explanation explanation) {
    this(incident, revision, analysedAt, verdict, candidates, blastRadius, timeline, explanation, null, List.of());
  }

  /** A report without example traces. */
  public RcaReport(Incident incident, int revision, Instant analysedAt, Verdict verdict, List<Candidate> candidates,
      BlastRadius blastRadius, List<TimelineEntry> timeline, Explanation explanation, SeriesSnapshot series) {
    this(incident, revision, analysedAt, verdict, candidates, blastRadius, timeline, explanation, series, List.of());
  }

  /** The same report under another revision number, e.g. to continue the stored numbering. */
  public RcaReport withRevision(int number) {
    return new RcaReport(incident, number, analysedAt, verdict, candidates, blastRadius, timeline, explanation, series);
  }

  /** The same report with an explanation. */
  public RcaReport withExplanation(Explanation text) {
    return new RcaReport(incident, revision, analysedAt, verdict, candidates, blastRadius, timeline, text, series,
        traces);
  }

  /** The same report with a series snapshot. */
  public RcaReport withSeries(SeriesSnapshot snapshot) {
    return new RcaReport(incident, revision, analysedAt, verdict, candidates, blastRadius, timeline, explanation,
        snapshot, traces);
  }

  /** The same report with example traces. */
  public RcaReport withTraces(List<TraceSample> samples) {
    return new RcaReport(incident, revision, analysedAt, verdict, candidates, blastRadius, timeline, explanation,
        series, samples);
  }

  /** The report's id: the incident's. */
  public String id() {
    return incident.id();
  }
}
