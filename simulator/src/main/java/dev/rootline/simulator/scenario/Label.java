package dev.rootline.simulator.scenario;

import dev.rootline.simulator.fault.RootCause;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a labelled case says happened, written as its {@code label.json}:
 * <pre>
 * {"id": "checkout-n-plus-one-01",
 *  "caption": "checkout 1.5.0 calls productcatalog once per item on POST /checkout",
 *  "system": "shop-sim",
 *  "fault": {"type": "n-plus-one", "start": "2026-03-02T10:15:00Z", "end": "2026-03-02T10:25:00Z"},
 *  "root_cause": {"service": "checkout", "indicator": "code-change"}}
 * </pre>
 * A fault-free case has fault type {@code none}, its start and end spanning the case, and no root cause.
 *
 * @param rootCause where the blame lies, or null for a fault-free case
 */
public record Label(
    String id, String caption, String system, String faultType, Instant start, Instant end, RootCause rootCause) {
  public static final String NONE = "none";

  public Label {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(faultType, "faultType");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if ((rootCause == null) != faultType.equals(NONE)) {
      throw new IllegalArgumentException("a fault has a root cause, and only a fault");
    }
  }

  /** The label as {@code label.json}: the layout above, times in RFC 3339 UTC to the second. */
  public String toJson() {
    StringBuilder json = new StringBuilder(400)
        .append("{\"id\": ").append(quote(id)).append(",\n")
        .append(" \"caption\": ").append(quote(caption)).append(",\n")
        .append(" \"system\": ").append(quote(system)).append(",\n")
        .append(" \"fault\": {\"type\": ").append(quote(faultType))
        .append(", \"start\": ").append(quote(time(start)))
        .append(", \"end\": ").append(quote(time(end))).append('}');
    if (rootCause != null) {
      json.append(",\n \"root_cause\": {\"service\": ").append(quote(rootCause.service()))
          .append(", \"indicator\": ").append(quote(rootCause.indicator().wireName())).append('}');
    }
    return json.append("}\n").toString();
  }

  private static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
