package dev.rootline.core.rca;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One likely cause of an incident, with the features that scored it and the evidence behind them.
 *
 * @param kind       a service, a dependency it calls (database, cache, external API), or a change
 * @param service    the service or dependency, as spans name it
 * @param version    the implicated version, or null
 * @param indicator  what kind of cause it most likely is
 * @param score      the ranking score; higher ranks first; comparable only within one report
 * @param confidence how sure Rootline is that this candidate is the cause, 0 to 1
 * @param reason     one line for people
 * @param features   the named figures the score was computed from
 * @param evidence   the findings behind the features, strongest first
 */
public record Candidate(
    Kind kind,
    String service,
    String version,
    Indicator indicator,
    double score,
    double confidence,
    String reason,
    Map<String, Double> features,
    List<Evidence> evidence) {

  /** What sort of thing a candidate is. */
  public enum Kind { SERVICE, DEPENDENCY, CHANGE }

  public Candidate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(reason, "reason");
    features = Map.copyOf(features);
    evidence = List.copyOf(evidence);
  }
}
