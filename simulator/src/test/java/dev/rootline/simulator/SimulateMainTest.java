package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.simulator.fault.FaultType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateMainTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SimulateMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void parse_readsTheCatalogueOptions() {
    SimulateOptions options = SimulateOptions.parse(
        new String[] {"--out", "sets/a", "--seed", "7", "--cases", "bad-deploy,none", "--peak-rps", "2"});

    assertThat(options.cases()).isEqualTo(Set.of("bad-deploy", "none"));
    assertThat(options.seed()).isEqualTo(7);
    assertThat(options.peakRps()).isEqualTo(2);
    assertThat(options.metricsInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.single()).isNull();
  }

  @Test
  void parse_readsOneCase() {
    SimulateOptions options = SimulateOptions.parse(new String[] {"--out", "x", "--fault", "retry-storm",
        "--service", "frontend>cart", "--start", "2026-03-02T10:15:00Z", "--strength", "3"});

    assertThat(options.single().type()).isEqualTo(FaultType.RETRY_STORM);
    assertThat(options.single().target()).isEqualTo("frontend>cart");
    assertThat(options.single().duration()).isEqualTo(Duration.ofMinutes(10));
    assertThat(options.single().strength()).isEqualTo(3.0);
  }

  @Test
  void parse_explainsWhatIsWrong() {
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--seed", "1"})).hasMessageContaining("--out");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--out", "x", "--cases", "meteor"}))
        .hasMessageContaining("unknown fault type 'meteor'");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--out", "x", "--fault", "errors"}))
        .hasMessageContaining("--start");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--out", "x", "--service", "cart"}))
        .hasMessageContaining("give --fault TYPE");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--out", "x", "--peak-rps", "-1"}))
        .hasMessageContaining("--peak-rps must be a positive number");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--out"})).hasMessage("--out needs a value");
  }

  @Test
  void run_exitsWith2AndUsageOnBadArguments() {
    assertThat(run("--out", dir.toString(), "--fault", "latency", "--service", "inventory",
        "--start", "2026-03-02T10:15:00Z")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: unknown service 'inventory'", "usage: simulate");
  }

  @Test
  void run_writesOneCaseOfAChosenFault() throws IOException {
    int status = run("--out", dir.toString(), "--fault", "errors", "--service", "currency", "--start",
        "2026-03-02T12:00:00Z", "--duration", "PT1M", "--baseline", "PT1M", "--after", "PT10S", "--peak-rps", "1");

    assertThat(status).isZero();
    assertThat(Files.readString(dir.resolve("currency-errors-01/label.json")))
        .contains("\"type\": \"errors\"", "\"start\": \"2026-03-02T12:00:00Z\"", "\"end\": \"2026-03-02T12:01:00Z\"",
            "\"root_cause\": {\"service\": \"currency\", \"indicator\": \"errors\"}");
    assertThat(dir.resolve("currency-errors-01/spans.jsonl.gz")).isNotEmptyFile();
  }
}
