package dev.rootline.simulator.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.model.ShopModel;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TelemetrySink} must do: keep what it is given, so that it reads back equal. */
abstract class TelemetrySinkContract {
  private static final Instant FROM = Instant.parse("2026-03-02T18:00:00Z");
  private static final Simulation SIMULATION = new Simulation(ShopModel.standard(3),
      SimulationConfig.defaults().withPeakRootRequestsPerSecond(10).withSeed(3));

  /** Everything a sink held, decoded. */
  record Written(
      List<ExportTraceServiceRequest> spans, List<ExportMetricsServiceRequest> metrics,
      List<ExportLogsServiceRequest> logs, List<DeployEvent> deploys) {}

  /** A new, empty sink. */
  abstract TelemetrySink open();

  /** What the sink last opened holds, read after it was closed. */
  abstract Written readBack();

  @Test
  void close_leavesEverythingWrittenReadableAsWritten() {
    InMemoryTelemetrySink expected = new InMemoryTelemetrySink();
    SIMULATION.run(FROM, FROM.plusSeconds(10), expected);

    try (TelemetrySink sink = open()) {
      SIMULATION.run(FROM, FROM.plusSeconds(10), sink);
    }
    Written written = readBack();

    assertThat(written.spans()).hasSameSizeAs(expected.spans()).isEqualTo(expected.spans());
    assertThat(written.metrics()).isNotEmpty().isEqualTo(expected.metrics());
    assertThat(written.logs()).isNotEmpty().isEqualTo(expected.logs());
    assertThat(written.deploys()).hasSize(12).isEqualTo(expected.deploys());
  }
}
