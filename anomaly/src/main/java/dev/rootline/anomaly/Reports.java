package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Anomaly.State;
import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.util.Locale;

/** Turns an episode into the {@link Anomaly} records the engine reports, with their sentence. */
final class Reports {
  private Reports() {}

  static Anomaly of(SeriesKey series, String signal, DetectorSpec spec, Episode e, State state, String note) {
    Instant onset = Instant.ofEpochMilli(e.onset);
    String message = format(spec.messageTemplate(), series, spec.unit(), e.observed, e.expected, e.score);
    return new Anomaly(Anomaly.idOf(series, signal, onset), series, signal, spec.id(), spec.direction(),
        state, onset, Instant.ofEpochMilli(e.lastSeen), e.observed, e.expected, e.score, spec.unit(),
        note.isEmpty() ? message : note + ": " + message);
  }

  static String format(String template, SeriesKey series, String unit, double observed,
      double expected, double score) {
    return template
        .replace("{series}", series.id())
        .replace("{service}", series.service())
        .replace("{observed}", quantity(observed, unit))
        .replace("{expected}", quantity(expected, unit))
        .replace("{score}", number(score));
  }

  static String quantity(double value, String unit) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return switch (unit) {
      case "ratio" -> number(value * 100) + "%";
      case "1", "" -> number(value);
      default -> number(value) + " " + unit;
    };
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    double abs = Math.abs(value);
    String pattern = abs >= 100 || value == Math.rint(value) ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3g";
    return String.format(Locale.ROOT, pattern, value);
  }
}
