package dev.rootline.ingest.signal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a metric's UCUM unit says its numbers are: counted events ({@code 1}, {@code {request}}, or
 * a unit not known to be physical), time (normalised to seconds), or another physical quantity
 * (bytes, bits, joules, ...). A counter's increase is a count of events only in the first case;
 * only then is its rate judged as a count, with Poisson noise.
 *
 * @param kind   counted events, time or another quantity
 * @param toBase the factor to the base unit: seconds for time, 1 otherwise
 */
record MetricUnit(Kind kind, double toBase) {
  /** What the numbers are. */
  enum Kind { EVENTS, TIME, QUANTITY }

  static final MetricUnit EVENTS = new MetricUnit(Kind.EVENTS, 1);
  static final MetricUnit QUANTITY = new MetricUnit(Kind.QUANTITY, 1);

  private static final Map<String, Double> SECONDS = Map.ofEntries(
      Map.entry("ns", 1e-9), Map.entry("us", 1e-6), Map.entry("\u00b5s", 1e-6), Map.entry("ms", 1e-3),
      Map.entry("s", 1.0), Map.entry("min", 60.0), Map.entry("h", 3_600.0), Map.entry("d", 86_400.0),
      // Not UCUM, but what Prometheus names and some bridges put in the unit field.
      Map.entry("nanoseconds", 1e-9), Map.entry("microseconds", 1e-6), Map.entry("milliseconds", 1e-3),
      Map.entry("seconds", 1.0));
  /** Physical UCUM units a counter or histogram may carry, with an optional SI or binary prefix. */
  private static final Pattern PHYSICAL = Pattern.compile(
      "(?:[kMGTPmun]|Ki|Mi|Gi|Ti|Pi)?(?:By|bit|B|m|g|J|W|Wh|Hz|V|A|K|Cel)|%|bytes");
  private static final Pattern ANNOTATION = Pattern.compile("\\{[^}]*}");

  /** The meaning of {@code unit}; an empty unit, {@code 1} or an annotation alone counts events. */
  static MetricUnit of(String unit) {
    String bare = ANNOTATION.matcher(unit).replaceAll("").trim();
    if (bare.isEmpty() || bare.equals("1")) {
      return EVENTS;
    }
    Double seconds = SECONDS.get(bare);
    if (seconds == null) {
      seconds = SECONDS.get(bare.toLowerCase(Locale.ROOT));
    }
    if (seconds != null) {
      return new MetricUnit(Kind.TIME, seconds);
    }
    return PHYSICAL.matcher(bare).matches() ? QUANTITY : EVENTS;
  }

  boolean events() {
    return kind == Kind.EVENTS;
  }
}
