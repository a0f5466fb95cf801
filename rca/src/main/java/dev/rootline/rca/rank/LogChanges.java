package dev.rootline.rca.rank;

import java.util.List;

/**
 * Where the ranking reads what a service's logs say since onset: the log templates that are new or
 * spiking. They are shown as evidence beside the candidate, not scored: the error-log rate already
 * counts in the score, and a template's wording is for people.
 */
@FunctionalInterface
public interface LogChanges {

  /** A new or spiking template: its text, one redacted example, and its rates per minute. */
  record Change(String template, String example, boolean isNew, double baselinePerMinute, double observedPerMinute,
      long errors) {}

  /**
   * The service's new or spiking templates, most surprising first; empty when none. Must not block
   * for long: it is called while ranking.
   */
  List<Change> changes(String service, long baselineFromMillis, long onsetMillis, long untilMillis);

  /** No logs. */
  static LogChanges none() {
    return (service, from, onset, until) -> List.of();
  }
}
