package dev.rootline.ingest.otlp;

import java.util.Locale;

/** The three OpenTelemetry signals Rootline ingests. */
public enum Signal {
  SPANS, METRICS, LOGS;

  /** The lower-case name used in metric tags and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
