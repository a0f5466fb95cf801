package dev.rootline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.TelemetryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the shop's output: its evaluation set and the ranking tuned on it must not move when the
 * simulator learns other systems. The digest was taken before the ride system was added; a change
 * meant to alter the shop's telemetry updates it (and regenerates {@code eval-datasets/shop-sim-v1}).
 */
class ShopOutputTest {
  private static final String DIGEST = "3c0847fa7c9db7b94bde1ebc1557a137c7987d455e451e2afdacdedef7c4274a";
  private static final Instant START = Instant.parse("2026-03-02T18:40:00Z");

  @TempDir
  Path dir;

  @Test
  void write_givesTheShopsTelemetryOfBeforeTheRideSystem() throws IOException, NoSuchAlgorithmException {
    CaseWriter writer = new CaseWriter(ShopModel.standard(1),
        SimulationConfig.defaults().withPeakRootRequestsPerSecond(2).withMetricsInterval(Duration.ofSeconds(30)));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    // A bad deploy (deploy events, exceptions and stack traces) and a cache stampede (the database it loads).
    for (FaultType type : List.of(FaultType.BAD_DEPLOY, FaultType.CACHE_STAMPEDE)) {
      Fault fault = new Faults(ShopModel.standard(1)).create(type, null, START, START.plusSeconds(120), null);
      Path written = writer.write(dir,
          Scenario.of(type.wireName(), fault, START.minusSeconds(60), fault.end().plusSeconds(10), 7));
      sha.update(Files.readAllBytes(written.resolve(CaseWriter.LABEL)));
      for (String file : List.of(TelemetryFiles.SPANS, TelemetryFiles.METRICS, TelemetryFiles.LOGS,
          TelemetryFiles.DEPLOYS)) {
        for (String line : TelemetryFiles.lines(written, file)) {
          sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }

    assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(DIGEST);
  }
}
