/**
 * Log template mining for root cause analysis: {@link dev.rootline.ingest.logs.Drain} turns
 * messages into templates online, {@link dev.rootline.ingest.logs.LogTemplates} keeps per-service
 * templates with per-minute counts and answers which are new or spiking since an onset
 * ({@link dev.rootline.ingest.logs.TemplateChange}). Plain Java, bounded, deterministic, not
 * thread-safe; time is the records' event time.
 */
package dev.rootline.ingest.logs;
