/**
 * Labelled incidents as files: the catalogue of scenarios (a fault on a normal day, or a fault-free
 * day), and the writer that simulates each into {@code label.json} and OTLP/JSON telemetry files.
 */
package dev.rootline.simulator.scenario;
