package dev.rootline.core.rca;

import java.util.List;
import java.util.Objects;

/**
 * One finding behind a candidate, copied into the report so that it stays readable after the
 * telemetry has aged out. Figures are NaN when they do not apply.
 *
 * @param id       unique within its report, e.g. {@code e3}; explanations cite findings by it
 * @param kind     what sort of finding
 * @param service  the service (or dependency) it is about
 * @param subject  what was measured or found: a metric or signal name, an edge, a version, a template
 * @param baseline the value before onset
 * @param observed the value since onset
 * @param unit     the unit of both values
 * @param text     one sentence for people
 * @param traceIds example trace ids (hex), empty when none
 */
public record Evidence(
    String id,
    Kind kind,
    String service,
    String subject,
    double baseline,
    double observed,
    String unit,
    String text,
    List<String> traceIds) {

  /** The sorts of finding. */
  public enum Kind {
    /** Errors that began in this service's own spans, not passed on from a callee. */
    ERROR_ORIGIN,
    /** Time spent in the service itself, not waiting for callees. */
    SELF_TIME,
    /** Requests, errors or latency of the service or one of its versions against the baseline. */
    RED,
    /** A resource metric (CPU, memory, GC, pool, queue) against its baseline. */
    METRIC,
    /** A deploy, config or flag change, reported or inferred. */
    CHANGE,
    /** The new version against the old one in the same window. */
    VERSION_COMPARISON,
    /** A call edge that appeared, or whose calls per request, errors or latency changed. */
    CALL_GRAPH,
    /** A log template that is new or spiking. */
    LOG_TEMPLATE,
    /** Where the symptoms sit in the service graph relative to the candidate. */
    PROPAGATION
  }

  public Evidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    traceIds = List.copyOf(traceIds);
  }
}
