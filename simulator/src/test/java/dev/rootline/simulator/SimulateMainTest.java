package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.scenario.SimulatedSystem;
import dev.rootline.simulator.sink.TelemetryFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
  void parse_readsTheSystemAndDefaultsToTheShop() {
    assertThat(SimulateOptions.parse(new String[] {"--out", "x"}).system()).isEqualTo(SimulatedSystem.SHOP);
    assertThat(SimulateOptions.parse(new String[] {"--system", "ride", "--out", "x"}).system())
        .isEqualTo(SimulatedSystem.RIDE);
  }

  @Test
  void parse_rejectsAnUnknownSystemAndARideFaultFreeDay() {
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--system", "bus", "--out", "x"}))
        .hasMessage("unknown system 'bus', expected one of shop, ride");
    assertThatThrownBy(() -> SimulateOptions.parse(new String[] {"--system", "ride", "--out", "x", "--cases", "none"}))
        .hasMessageContaining("no fault-free day");
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

  @Test
  void run_writesTheSameShopCaseWithOrWithoutSystemShop() throws IOException {
    String[] shop = {"--fault", "latency", "--service", "cart", "--start", "2026-03-02T12:00:00Z", "--duration",
        "PT30S", "--baseline", "PT30S", "--after", "PT10S", "--peak-rps", "1"};
    assertThat(run(concat(new String[] {"--out", dir.resolve("a").toString()}, shop))).isZero();
    assertThat(run(concat(new String[] {"--system", "shop", "--out", dir.resolve("b").toString()}, shop))).isZero();

    for (String file : List.of("label.json", "spans.jsonl.gz", "metrics.jsonl.gz", "logs.jsonl.gz", "deploys.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve("b/cart-latency-01").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a/cart-latency-01").resolve(file)));
    }
  }

  @Test
  void run_writesARideCaseWithItsLabelTelemetryAndNoDeploys() throws IOException {
    int status = run("--system", "ride", "--out", dir.toString(), "--fault", "dependency-outage", "--service", "mysql",
        "--start", "2026-04-06T08:00:00Z", "--duration", "PT1M", "--baseline", "PT1M", "--after", "PT10S",
        "--peak-rps", "2");

    assertThat(status).isZero();
    Path written = dir.resolve("mysql-dependency-outage-01");
    assertThat(Files.readString(written.resolve("label.json"))).contains("\"system\": \"ride-sim\"",
        "\"type\": \"dependency-outage\"", "\"root_cause\": {\"service\": \"mysql\", \"indicator\": \"dependency\"}");
    for (String file : List.of("spans.jsonl.gz", "metrics.jsonl.gz", "logs.jsonl.gz")) {
      assertThat(written.resolve(file)).isNotEmptyFile();
    }
    assertThat(written.resolve("deploys.jsonl")).isEmptyFile();
    assertThat(TelemetryFiles.lines(written, TelemetryFiles.SPANS)).anyMatch(line -> line.contains("\"gateway\""))
        .noneMatch(line -> line.contains("\"frontend\""));
  }

  private static String[] concat(String[] first, String[] second) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
  }
}
