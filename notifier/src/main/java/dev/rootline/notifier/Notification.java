package dev.rootline.notifier;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.util.Objects;

/**
 * One report to deliver to one destination.
 *
 * @param report   the report at the revision being delivered
 * @param link     where people open the full report
 * @param previous the destination's reference of the last message delivered for this incident
 *                 ({@link Outcome#reference()}), or null when none was: a channel that can edit a
 *                 message updates that one instead of posting a new one
 */
public record Notification(RcaReport report, URI link, String previous) {
  public Notification {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(link, "link");
  }

  /** Whether an earlier revision of the incident reached this destination. */
  public boolean isUpdate() {
    return previous != null;
  }

  /** Whether the incident is over. */
  public boolean isResolved() {
    return report.incident().state() == Incident.State.RESOLVED;
  }
}
