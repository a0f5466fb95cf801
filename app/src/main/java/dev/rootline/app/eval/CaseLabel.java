package dev.rootline.app.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code label.json} of one labelled incident: what went wrong, when, and (later issues) where.
 *
 * @param id        the case's id
 * @param caption   one line for people
 * @param system    the system the case was recorded on, e.g. {@code shop-sim}; may be empty
 * @param fault     the fault and its time span
 * @param rootCause the culprit, or null for a fault-free stretch
 */
public record CaseLabel(String id, String caption, String system, Fault fault, RootCause rootCause) {
  /** The fault type that marks a fault-free stretch. */
  public static final String NONE = "none";
  /** How long after a fault's end an anomaly still counts as detecting it. */
  public static final Duration AFTER_END = Duration.ofSeconds(60);
  /** How long a fault without an end counts as going on. */
  public static final Duration OPEN_ENDED = Duration.ofMinutes(15);

  /**
   * @param type  e.g. {@code error-injection}; {@value #NONE} for a fault-free stretch
   * @param start when the fault began (or the stretch, for {@value #NONE})
   * @param end   when it ended, or null
   */
  public record Fault(String type, Instant start, Instant end) {
    public Fault {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(start, "start");
    }
  }

  /** The service at fault and the kind of cause, e.g. {@code latency}, {@code code-change}. */
  public record RootCause(String service, String indicator) {}

  public CaseLabel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fault, "fault");
    caption = caption == null ? "" : caption;
    system = system == null ? "" : system;
  }

  public boolean faultFree() {
    return NONE.equals(fault.type());
  }

  /** The end of the span in which an anomaly counts as detecting the fault: end + 60 s, or start + 15 min. */
  public Instant detectionEnd() {
    return fault.end() != null ? fault.end().plus(AFTER_END) : fault.start().plus(OPEN_ENDED);
  }
}
