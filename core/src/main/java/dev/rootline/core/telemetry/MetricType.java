package dev.rootline.core.telemetry;

/** The OTLP metric data kinds. */
public enum MetricType {
  GAUGE, SUM, HISTOGRAM, EXPONENTIAL_HISTOGRAM, SUMMARY
}
