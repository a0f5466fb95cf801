package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  @Test
  void run_saysWhenTheDirectoryIsMissing() {
    assertThat(run("eval", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such directory: " + dir.resolve("nope"));
  }

  @Test
  void run_namesTheFileAndFieldOfABadLabel() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("case-1"));
    Files.writeString(bad.resolve("label.json"), "{\"id\": \"x\", \"fault\": {\"type\": \"latency\"}}");
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(bad.resolve("label.json").toString()).contains("field 'fault.start' is required");
  }

  @Test
  void run_rejectsUnknownOptionsAndEmptySets() {
    assertThat(run(dir.toString(), "--jsn", "x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --jsn").contains("usage:");
    assertThat(run(dir.toString(), "--threads", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threads needs a whole number");
    assertThat(run(dir.toString(), "--trace-share", "1/3")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--trace-share needs 1, 1/2, 1/4");
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no cases in");
  }

  @Test
  void run_printsTheTableAndWritesTheJsonReport() throws IOException {
    Path set = Files.createDirectories(dir.resolve("set"));
    ShopCases.gzipCopy(ShopCases.cartErrors(), set.resolve("cart-errors"));
    ShopCases.copy(ShopCases.quiet(), set.resolve("quiet"), 400, false);
    Path json = dir.resolve("out/report.json");

    assertThat(run(set.toString(), "--json", json.toString(), "--threads", "2")).isEqualTo(0);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("cart-errors").contains("errors").contains("overall");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("overall").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(report.get("trace_share").asDouble()).isEqualTo(1.0);
    assertThat(report.get("by_fault").has("errors")).isTrue();
    JsonNode first = report.get("cases").get(0);
    assertThat(first.get("id").asText()).isEqualTo("cart-errors");
    assertThat(first.get("detected").asBoolean()).isTrue();
    assertThat(first.get("ttd_s").isNumber()).isTrue();
    assertThat(report.get("cases").get(1).get("ttd_s").isNull()).isTrue();
    assertThat(report.get("by_fault").get("none").has("false_alarms_per_1k_series_hours")).isTrue();
    JsonNode explanations = report.get("overall").get("explanations");
    assertThat(explanations.get("by").asText()).isEqualTo("template");
    assertThat(explanations.get("explained").asInt()).as("the case has no root cause to rank").isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("explanations by the template");
  }

  private int run(String... args) {
    return EvalMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
