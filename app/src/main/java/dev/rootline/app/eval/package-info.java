/**
 * {@code rootline eval}: replays labelled incidents (eval-datasets format) through the same window
 * and detector code the service runs, by event time and without Kafka, and scores detection:
 * recall, time to detect, false alarms per 1,000 series-hours and precision, per fault type and
 * overall ({@link dev.rootline.app.eval.EvalMain}). Plain Java: no Quarkus, no CDI.
 */
package dev.rootline.app.eval;
