package dev.rootline.app.eval;

import java.util.List;
import java.util.Map;

/**
 * What replaying one case gave.
 *
 * @param opened          every anomaly opened, in report order
 * @param series          distinct series (request and metric) that produced at least one window
 * @param firstEventMillis the earliest event time read, or {@code Long.MAX_VALUE} when none
 * @param lastEventMillis  the latest event time read (the final watermark), or {@code Long.MIN_VALUE}
 * @param lines           telemetry and deploy lines read
 * @param badLines        lines that could not be used
 * @param problems        the first few bad lines, as {@code file:line: reason}
 * @param observations    observations fed to the detectors
 * @param ranking         how the case was ranked, or null when it was not
 * @param pageOfAnomaly   each anomaly that went out in an announced incident, with that incident's id
 * @param elapsedMillis   wall-clock time of the replay
 */
public record ReplayResult(
    List<Detection> opened,
    int series,
    long firstEventMillis,
    long lastEventMillis,
    long lines,
    long badLines,
    List<String> problems,
    long observations,
    CaseRanking ranking,
    Map<String, String> pageOfAnomaly,
    long elapsedMillis) {

  public ReplayResult {
    opened = List.copyOf(opened);
    pageOfAnomaly = Map.copyOf(pageOfAnomaly);
    problems = List.copyOf(problems);
  }

  /** Hours between the first and the last event, 0 when there were none. */
  public double hours() {
    return lastEventMillis > firstEventMillis ? (lastEventMillis - firstEventMillis) / 3_600_000.0 : 0;
  }
}
