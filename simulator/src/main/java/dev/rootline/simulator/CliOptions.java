package dev.rootline.simulator;

import dev.rootline.ingest.otlp.Encoding;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of {@link SimulatorMain}, parsed and checked. */
record CliOptions(
    String kafka, Path out, Encoding encoding, Instant from, Duration duration, boolean realtime,
    double peakRps, long seed, boolean help) {

  static final String USAGE = """
      usage: simulator (--kafka HOST:PORT | --out DIR) [--encoding otlp_proto|otlp_json]
                       (--duration PT1H [--from 2026-03-02T00:00:00Z] | --realtime)
                       [--peak-rps 20] [--seed 1]
        --kafka      publish to Kafka topics otlp_spans, otlp_metrics, otlp_logs, rootline.deploys
        --out        write spans.jsonl, metrics.jsonl, logs.jsonl, deploys.jsonl (OTLP/JSON) to DIR
        --encoding   Kafka record encoding, default otlp_proto; files are always otlp_json
        --duration   simulated time to generate as fast as possible (ISO-8601 duration)
        --from       start of the simulated time, default: now minus the duration
        --realtime   run at wall-clock pace from now until interrupted
        --peak-rps   user requests per second at the daily peak, default 20
        --seed       seed of the shop and its traffic, default 1""";

  private static final Set<String> FLAGS = Set.of("--realtime", "--help");
  private static final List<String> VALUED =
      List.of("--kafka", "--out", "--encoding", "--from", "--duration", "--peak-rps", "--seed");

  /**
   * Parses the arguments; {@code now} is the default end of a fast run.
   *
   * @throws IllegalArgumentException naming the argument that is missing, unknown or malformed
   */
  static CliOptions parse(String[] args, Instant now) {
    Map<String, String> values = CliArguments.scan(args, FLAGS, VALUED);
    if (values.containsKey("--help")) {
      return new CliOptions(null, null, Encoding.OTLP_PROTO, now, Duration.ZERO, false, 1, 1, true);
    }
    return check(values, now);
  }

  private static CliOptions check(Map<String, String> values, Instant now) {
    String kafka = values.get("--kafka");
    String out = values.get("--out");
    if ((kafka == null) == (out == null)) {
      throw new IllegalArgumentException("give exactly one of --kafka HOST:PORT and --out DIR");
    }
    Encoding encoding = Encoding.of(values.getOrDefault("--encoding", out == null ? "otlp_proto" : "otlp_json"));
    if (out != null && encoding != Encoding.OTLP_JSON) {
      throw new IllegalArgumentException("--out writes OTLP/JSON only; drop --encoding or use otlp_json");
    }
    boolean realtime = values.containsKey("--realtime");
    if (realtime && (values.containsKey("--from") || values.containsKey("--duration"))) {
      throw new IllegalArgumentException("--realtime runs from now on: it takes neither --from nor --duration");
    }
    if (!realtime && !values.containsKey("--duration")) {
      throw new IllegalArgumentException("give --duration (e.g. PT1H) for a fast run, or --realtime");
    }
    Duration duration = realtime ? Duration.ZERO : CliArguments.positiveDuration("--duration", values.get("--duration"));
    Instant from = values.containsKey("--from") ? CliArguments.instant("--from", values.get("--from")) : now.minus(duration);
    return new CliOptions(kafka, out == null ? null : Path.of(out), encoding, from, duration, realtime,
        CliArguments.positive("--peak-rps", values.getOrDefault("--peak-rps", "20")), CliArguments.integer("--seed", values.getOrDefault("--seed", "1")), false);
  }
}
