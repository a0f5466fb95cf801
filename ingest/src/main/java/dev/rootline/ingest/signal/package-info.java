/**
 * Metric points and log records into per-service observations over the same 10 s event-time
 * windows as the span windows, so that detectors see resources and logs beside requests: levels,
 * event rates, time or quantities per second and histogram means per metric series
 * ({@link dev.rootline.ingest.signal.MetricWindows}), and error and log rates per service
 * ({@link dev.rootline.ingest.signal.LogWindows}). Plain Java, bounded, not thread-safe.
 */
package dev.rootline.ingest.signal;
