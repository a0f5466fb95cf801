package dev.rootline.app.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write times, figures and enums: UTC to the second, three significant digits, wire names. */
final class Formats {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private Formats() {}

  static String utc(Instant at) {
    return at == null ? "" : UTC.format(at);
  }

  static String figure(double value, String unit) {
    if (Double.isNaN(value)) {
      return "";
    }
    if ("ratio".equals(unit)) {
      return String.format("%.3g%%", 100 * value);
    }
    String number = Math.abs(value) >= 1000 ? String.format("%.0f", value) : String.format("%.3g", value);
    return unit.isEmpty() ? number : number + " " + unit;
  }

  /** An enum's wire name, as reports and labels write it: lower case with dashes. */
  static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String percent(double value) {
    return Double.isNaN(value) ? "" : String.format("%.0f%%", 100 * value);
  }
}
