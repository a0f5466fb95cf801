package dev.rootline.app.eval;

import dev.rootline.core.anomaly.Anomaly;

/**
 * An anomaly as the replay first reported it (state {@code OPEN}).
 *
 * @param anomaly        the opening report
 * @param reportedMillis the event-time watermark when it was reported: the detection time
 */
public record Detection(Anomaly anomaly, long reportedMillis) {
  public long onsetMillis() {
    return anomaly.onset().toEpochMilli();
  }
}
