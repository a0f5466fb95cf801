package dev.rootline.simulator;

import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.scenario.SimulatedSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link SimulateMain}, parsed and checked.
 *
 * @param system the system simulated, the shop unless {@code --system} names another
 * @param cases  the fault types of the catalogue to write; {@code none} stands for the fault-free day
 * @param single the one case to write instead of the catalogue, or null
 */
record SimulateOptions(
    SimulatedSystem system, Path out, long seed, Set<String> cases, double peakRps, Duration metricsInterval,
    Single single, boolean help) {

  /** One case of a chosen fault, from the command line. */
  record Single(FaultType type, String target, Instant start, Duration duration, Double strength, Duration baseline,
      Duration after, String id) {}

  static final String ALL = "all";
  static final String NONE = "none";
  static final double DEFAULT_PEAK_RPS = 0.4;

  static final String USAGE = """
      usage: simulate [--system shop|ride] --out DIR [--seed 1] [--cases all|TYPE,...] [--peak-rps 0.4]
                      [--metrics-interval PT60S]
             simulate [--system shop|ride] --out DIR --fault TYPE [--service TARGET] --start 2026-03-02T10:15:00Z
                      [--duration PT10M] [--strength X] [--baseline PT30M] [--after PT3M] [--id ID] [--seed 1]
                      [--peak-rps 0.4]
        --system            the system simulated: shop (the online shop, default) or ride (the ride-hailing
                            backend, whose catalogue has two cases per fault type and no fault-free day)
        --out               the set's directory; each case is written to DIR/<case id>/
        --seed              seeds the catalogue's times and every case's traffic, default 1
        --cases             all (the catalogue and the fault-free day), or a comma-separated list of fault
                            types, and 'none' for the fault-free day
        --peak-rps          user requests per second at the daily peak, default 0.4
        --metrics-interval  how often pods export metrics (ISO-8601), default PT60S as the OTel SDK does;
                            services with an interval of their own (all of the ride system's) keep it
        --fault             write one case of this type instead: latency, network-delay, errors, bad-deploy,
                            n-plus-one, pool-exhaustion, retry-storm, cache-stampede, cpu-saturation,
                            memory-leak, dependency-outage, config-change, poison-pill
        --service           its target: a service, caller>callee (network-delay, retry-storm), or a
                            datastore or external API (dependency-outage); default per type
        --start             when the fault starts (RFC 3339, UTC)
        --duration          how long it lasts, default PT10M
        --strength          how strong, in the type's terms (factor, ms, probability...), default per type
        --baseline          normal traffic before it, default PT30M (at least PT30M for a fair baseline)
        --after             traffic after it ends, default PT3M
        --id                the case's id, default <service>-<type>-01""";

  private static final Set<String> FLAGS = Set.of("--help");
  private static final List<String> VALUED = List.of("--system", "--out", "--seed", "--cases", "--peak-rps",
      "--metrics-interval",
      "--fault", "--service", "--start", "--duration", "--strength", "--baseline", "--after", "--id");
  private static final List<String> SINGLE_ONLY =
      List.of("--service", "--start", "--duration", "--strength", "--baseline", "--after", "--id");

  /** @throws IllegalArgumentException naming the argument that is missing, unknown or malformed */
  static SimulateOptions parse(String[] args) {
    Map<String, String> values = CliArguments.scan(args, FLAGS, VALUED);
    if (values.containsKey("--help")) {
      return new SimulateOptions(SimulatedSystem.SHOP, null, 1, Set.of(), DEFAULT_PEAK_RPS, Duration.ofSeconds(60),
          null, true);
    }
    return check(values);
  }

  private static SimulateOptions check(Map<String, String> values) {
    if (!values.containsKey("--out")) {
      throw new IllegalArgumentException("give --out DIR, the directory of the set");
    }
    Single single = values.containsKey("--fault") ? single(values) : null;
    if (single == null && SINGLE_ONLY.stream().anyMatch(values::containsKey)) {
      throw new IllegalArgumentException("--service, --start, --duration, --strength, --baseline, --after and --id"
          + " describe one case: give --fault TYPE with them");
    }
    if (single != null && values.containsKey("--cases")) {
      throw new IllegalArgumentException("give either --cases (the catalogue) or --fault (one case), not both");
    }
    SimulatedSystem system = SimulatedSystem.of(values.getOrDefault("--system", SimulatedSystem.SHOP.cliName()));
    Set<String> cases = cases(values.getOrDefault("--cases", ALL));
    if (system == SimulatedSystem.RIDE && cases.contains(NONE)) {
      throw new IllegalArgumentException("the ride system's catalogue has no fault-free day ('none')");
    }
    return new SimulateOptions(system, Path.of(values.get("--out")),
        CliArguments.integer("--seed", values.getOrDefault("--seed", "1")), cases,
        CliArguments.positive("--peak-rps", values.getOrDefault("--peak-rps", Double.toString(DEFAULT_PEAK_RPS))),
        CliArguments.positiveDuration("--metrics-interval", values.getOrDefault("--metrics-interval", "PT60S")),
        single, false);
  }

  private static Single single(Map<String, String> values) {
    FaultType type = FaultType.of(values.get("--fault"));
    if (!values.containsKey("--start")) {
      throw new IllegalArgumentException("--fault needs --start, e.g. --start 2026-03-02T10:15:00Z");
    }
    Duration baseline = CliArguments.positiveDuration("--baseline", values.getOrDefault("--baseline", "PT30M"));
    String strength = values.get("--strength");
    return new Single(type, values.get("--service"), CliArguments.instant("--start", values.get("--start")),
        CliArguments.positiveDuration("--duration", values.getOrDefault("--duration", "PT10M")),
        strength == null ? null : CliArguments.positive("--strength", strength), baseline,
        CliArguments.positiveDuration("--after", values.getOrDefault("--after", "PT3M")), values.get("--id"));
  }

  private static Set<String> cases(String text) {
    Set<String> cases = new LinkedHashSet<>();
    for (String name : text.split(",")) {
      String trimmed = name.trim();
      if (!trimmed.equals(ALL) && !trimmed.equals(NONE)) {
        FaultType.of(trimmed);
      }
      cases.add(trimmed);
    }
    return cases;
  }
}
