package dev.rootline.simulator.scenario;

import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.sink.TelemetryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Writes the README of a generated set: what it is, how it was made, its size and its cases. */
public final class SetReadme {
  private static final List<String> FILES = List.of(CaseWriter.LABEL, TelemetryFiles.SPANS + TelemetryFiles.GZ,
      TelemetryFiles.METRICS + TelemetryFiles.GZ, TelemetryFiles.LOGS + TelemetryFiles.GZ, TelemetryFiles.DEPLOYS);

  /** The shop's README up to its table of cases. */
  private static final String SHOP = """
        # %s

        Labelled incidents of Rootline's simulated online shop (`system: %s`): %d cases, each one
        fault on an otherwise normal stretch of traffic, and %d fault-free case(s) for measuring false
        alarms. The shop is twelve services, PostgreSQL, Redis, two external APIs and a Kafka topic,
        exporting what an OpenTelemetry Java agent and a Collector would; `simulator/README.md`
        describes the shop and what each fault type does to the telemetry. Each fault case starts
        with 30 to 35 minutes of normal traffic, then the fault (10 minutes, 15 for memory leaks), then
        3 more minutes; the fault-free case is one whole day, midnight to midnight UTC.

        ## How it was generated

        ```
        ./rootline %s
        ```

        or, without the app, `./mvnw -B -o -q -pl simulator compile exec:java
        -Dexec.mainClass=dev.rootline.simulator.SimulateMain -Dexec.args="..."` with the same arguments.
        The generator is deterministic: the same arguments give the same bytes. Traffic follows the
        daily cycle with a peak of %s root requests per second (a few per minute at night), pods export
        metrics every %d s (the OpenTelemetry SDK's default), and harmless rollouts of other services
        happen every %s on average, as distractors. The low rate is what keeps the set small: a
        compressed span costs about 57 bytes. Denser sets come from a higher `--peak-rps`, other
        sets from other seeds.

        ## Size

        %s in %d files, about %s on disk in 4 KiB blocks.

        ## Files

        Each case directory holds `label.json`, `spans.jsonl.gz`, `metrics.jsonl.gz`, `logs.jsonl.gz`
        (one OTLP/JSON export request per line, the Collector file exporter's format, gzip-compressed;
        readers accept the plain `.jsonl` form too) and `deploys.jsonl` (one deploy event per line).
        Labels follow `ARCHITECTURE.md`: `fault.type` is one of the simulator's type names, and
        `root_cause.service` names a service, or for a dependency outage the datastore or external API
        as its callers' spans name it (`postgresql`, `redis`, `cardgate`, `parcelhub`).

        ## Cases

        "target" is where the fault acted (`caller>callee` for an edge); "strength" is in the type's
        own terms.

        | id | fault type | target | root cause | indicator | fault start (UTC) | strength |
        |---|---|---|---|---|---|---|
        """;

  /** The ride system's README up to its table of cases, with the shop's arguments. */
  private static final String RIDE = """
        # %s

        Labelled incidents of Rootline's simulated ride-hailing backend (`system: %s`): %d cases, each
        one fault on an otherwise normal stretch of traffic (%d fault-free cases). It checks that a
        ranking tuned on the shop generalizes: an API gateway before nine services with call chains up
        to five hops deep, MySQL, MongoDB, memcached, a maps API and a Kafka topic, none named as in the
        shop, with other latencies and a commuter's day. Its telemetry is harder to read: `rider-profile`,
        `dispatch` and `billing` never mark errors in their spans or request metrics (no status, no
        status codes; their errors show in their logs and their callers' spans), pods export metrics
        every 30 s or 60 s depending on the service, and no change is reported (`deploys.jsonl` is
        empty: a deploy shows only as new pods with a new `service.version`). `simulator/README.md`
        describes it. Each case starts with 30 to 35 minutes of normal traffic, then the fault (10
        minutes, 15 for memory leaks), then 3 more minutes.

        ## How it was generated

        ```
        ./rootline %s
        ```

        or, without the app, `./mvnw -B -o -q -pl simulator compile exec:java
        -Dexec.mainClass=dev.rootline.simulator.SimulateMain -Dexec.args="..."` with the same arguments.
        The generator is deterministic: the same arguments give the same bytes. The seed draws each
        case's targets, strength (from ranges of the ride system's own) and time of day. Traffic peaks
        at %s root requests per second in the rush hours (a few per minute at night), the services'
        own metric intervals override the %d s of `--metrics-interval`, and harmless, unreported
        rollouts happen every %s on average, as distractors. The low rate is what keeps the set
        small: a compressed span costs about 57 bytes. Denser sets come from a higher `--peak-rps`,
        other sets from other seeds.

        ## Size

        %s in %d files, about %s on disk in 4 KiB blocks.

        ## Files

        Each case directory holds `label.json`, `spans.jsonl.gz`, `metrics.jsonl.gz`, `logs.jsonl.gz`
        (one OTLP/JSON export request per line, the Collector file exporter's format, gzip-compressed;
        readers accept the plain `.jsonl` form too) and an empty `deploys.jsonl`. Labels follow
        `ARCHITECTURE.md`: `fault.type` is one of the simulator's type names, and `root_cause.service`
        names a service, or for a dependency outage the datastore by its callers' `db.system`
        (`mysql`, `mongodb`, `memcached`) or the external API by its host (`api.routemaps.example`),
        as its callers' spans name it.

        ## Cases

        "target" is where the fault acted (`caller>callee` for an edge); "strength" is in the type's
        own terms.

        | id | fault type | target | root cause | indicator | fault start (UTC) | strength |
        |---|---|---|---|---|---|---|
        """;

  private SetReadme() {}

  /**
   * Writes {@code README.md} in {@code setDir} for {@code scenarios} of {@code system}, already
   * written there by {@code command} under {@code config}; returns its path.
   */
  public static Path write(
      Path setDir, List<Scenario> scenarios, String command, SimulationConfig config, SimulatedSystem system) {
    Path readme = setDir.resolve("README.md");
    try {
      Files.writeString(readme, render(setDir, scenarios, command, config, system), StandardCharsets.UTF_8);
      return readme;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + readme, e);
    }
  }

  /** As {@link #write(Path, List, String, SimulationConfig, SimulatedSystem)}, for the standard shop. */
  public static Path write(Path setDir, List<Scenario> scenarios, String command, SimulationConfig config) {
    return write(setDir, scenarios, command, config, SimulatedSystem.SHOP);
  }

  static String render(Path setDir, List<Scenario> scenarios, String command, SimulationConfig config) {
    return render(setDir, scenarios, command, config, SimulatedSystem.SHOP);
  }

  static String render(
      Path setDir, List<Scenario> scenarios, String command, SimulationConfig config, SimulatedSystem system) {
    long faults = scenarios.stream().filter(s -> s.fault() != null).count();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, system == SimulatedSystem.RIDE ? RIDE : SHOP,
        setDir.getFileName(), system.label(), faults, scenarios.size() - faults, command,
        number(config.peakRootRequestsPerSecond()), config.metricsInterval().toSeconds(),
        hours(config.deployMeanInterval()), megabytes(size(setDir, scenarios, 1)), scenarios.size() * FILES.size(),
        String.format(Locale.ROOT, "%.1f MB", size(setDir, scenarios, 4096) / 1e6)));
    scenarios.forEach(s -> text.append(row(s)));
    return text.append("""

        ## Licence

        Generated by Rootline's simulator; the same licence as the Rootline project. No data from
        real systems or public datasets is included.
        """).toString();
  }

  private static String row(Scenario scenario) {
    Fault fault = scenario.fault();
    if (fault == null) {
      return "| " + scenario.id() + " | none | — | — | — | " + scenario.from() + " to " + scenario.to() + " | — |\n";
    }
    return "| " + scenario.id() + " | " + fault.type().wireName() + " | " + fault.target() + " | "
        + fault.rootCause().service() + " | " + fault.rootCause().indicator().wireName() + " | " + fault.start()
        + " | " + fault.strength() + " |\n";
  }

  /** The bytes of the scenarios' files, each rounded up to whole blocks of {@code block} bytes. */
  private static long size(Path setDir, List<Scenario> scenarios, long block) {
    return scenarios.stream().flatMap(s -> FILES.stream().map(f -> setDir.resolve(s.id()).resolve(f)))
        .filter(Files::isRegularFile).mapToLong(f -> (bytes(f) + block - 1) / block * block).sum();
  }

  private static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / 1e6, bytes);
  }

  private static String hours(Duration duration) {
    return duration.isZero() ? "never" : duration.toHours() + " h";
  }

  /** A number as a person writes it: 0.5, 4. */
  public static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
