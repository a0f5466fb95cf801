package dev.rootline.anomaly;

import dev.rootline.core.window.SeriesKey;

/**
 * What the engine keeps in memory about one state it owns, so that passing time can be judged
 * without reading every state: when its series was last seen and whether silence would matter.
 */
final class Tracked {
  final String key;
  final SeriesKey series;
  final String signal;
  final boolean slo;
  long windowMillis;
  /** End of the last window judged, silent ones included. */
  long lastEnd;
  /** End of the last window that was actually observed. */
  long lastSeenEnd;
  /** A count series with enough traffic that silence is a drop. */
  boolean established;
  boolean open;

  Tracked(String key, SeriesKey series, String signal, boolean slo) {
    this.key = key;
    this.series = series;
    this.signal = signal;
    this.slo = slo;
  }
}
