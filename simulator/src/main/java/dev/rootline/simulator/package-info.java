/**
 * A simulated online shop of microservices that emits the OTLP traces, metrics and logs, and the
 * deploy events, that its OpenTelemetry SDKs and CI/CD would report: {@link
 * dev.rootline.simulator.Simulation} runs it, {@link dev.rootline.simulator.Conditions} is where
 * faults act.
 */
package dev.rootline.simulator;
