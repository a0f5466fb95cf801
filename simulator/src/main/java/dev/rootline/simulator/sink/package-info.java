/** Where simulated telemetry goes: Kafka as the Collector's kafka exporter writes it, files, or memory. */
package dev.rootline.simulator.sink;
