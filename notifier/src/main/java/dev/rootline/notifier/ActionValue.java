package dev.rootline.notifier;

import dev.rootline.core.rca.Indicator;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a Slack button or menu option carries back when pressed: which incident, which revision,
 * and which cause it is about. Encoded as {@code incident|revision|service|indicator} with each
 * part URL-encoded, well under Slack's 2000-character limit for a value.
 *
 * @param indicator null when the option names a service only
 */
record ActionValue(String incidentId, int revision, String service, Indicator indicator) {

  String encode() {
    return part(incidentId) + "|" + revision + "|" + part(service) + "|"
        + (indicator == null ? "" : indicator.wireName());
  }

  /** Empty when the text is not a value this class wrote. */
  static Optional<ActionValue> decode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split("\\|", -1);
    try {
      if (parts.length != 4 || parts[0].isEmpty() || parts[2].isEmpty()) {
        return Optional.empty();
      }
      Indicator indicator = parts[3].isEmpty() ? null : Indicator.ofWireName(parts[3]);
      return Optional.of(new ActionValue(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          Integer.parseInt(parts[1]), URLDecoder.decode(parts[2], StandardCharsets.UTF_8), indicator));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String part(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
