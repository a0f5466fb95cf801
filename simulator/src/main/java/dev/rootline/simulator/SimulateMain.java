package dev.rootline.simulator;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.scenario.CaseWriter;
import dev.rootline.simulator.scenario.Scenario;
import dev.rootline.simulator.scenario.SetReadme;
import dev.rootline.simulator.scenario.SimulatedSystem;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Command-line entry point of {@code rootline simulate}: writes a set of labelled cases of a
 * {@link SimulatedSystem} (its catalogue, or one case of a chosen fault) to files.
 */
public final class SimulateMain {
  private SimulateMain() {}

  /** Runs {@link #run} and exits with its status when that is not 0. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Parses {@code args} and writes the cases, reporting progress on {@code err}; returns 0, or 2
   * after printing what is wrong with the arguments, or 1 when the files cannot be written.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    SimulateOptions options;
    List<Scenario> scenarios;
    try {
      options = SimulateOptions.parse(args);
      if (options.help()) {
        out.println(SimulateOptions.USAGE);
        return 0;
      }
      scenarios = scenarios(options);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(SimulateOptions.USAGE);
      return 2;
    }
    try {
      write(options, scenarios, err);
      return 0;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + (e.getCause() != null ? ": " + e.getCause().getMessage() : ""));
      return 1;
    }
  }

  private static List<Scenario> scenarios(SimulateOptions options) {
    if (options.single() != null) {
      return List.of(single(options.system(), options.single(), options.seed()));
    }
    return options.system().catalogue(options.seed()).stream().filter(s -> options.cases().contains(SimulateOptions.ALL)
        || options.cases().contains(s.fault() == null ? SimulateOptions.NONE : s.fault().type().wireName())).toList();
  }

  private static Scenario single(SimulatedSystem system, SimulateOptions.Single single, long seed) {
    Fault fault = new Faults(system.model(seed)).create(single.type(), single.target(), single.start(),
        single.start().plus(single.duration()), single.strength());
    String id = single.id() != null ? single.id()
        : fault.rootCause().service() + "-" + fault.type().wireName() + "-01";
    return Scenario.of(id, fault, single.start().minus(single.baseline()), fault.end().plus(single.after()), seed)
        .inSystem(system.label());
  }

  private static void write(SimulateOptions options, List<Scenario> scenarios, PrintStream err) {
    SimulationConfig config = config(options);
    CaseWriter writer = new CaseWriter(options.system().model(options.seed()), config);
    for (Scenario scenario : scenarios) {
      long started = System.nanoTime();
      Path dir = writer.write(options.out(), scenario);
      err.printf(Locale.ROOT, "wrote %s (%s to %s) in %.1f s%n", dir, scenario.from(), scenario.to(),
          (System.nanoTime() - started) / 1e9);
    }
    if (options.single() == null && options.cases().contains(SimulateOptions.ALL)) {
      Path readme = SetReadme.write(options.out(), scenarios, command(options), config, options.system());
      err.println("wrote " + readme);
    }
  }

  static SimulationConfig config(SimulateOptions options) {
    return SimulationConfig.defaults().withPeakRootRequestsPerSecond(options.peakRps())
        .withMetricsInterval(options.metricsInterval());
  }

  /** The catalogue's command line, as the set's README gives it. */
  private static String command(SimulateOptions options) {
    String system = options.system() == SimulatedSystem.SHOP ? "" : "--system " + options.system().cliName() + " ";
    return "simulate " + system + "--out " + options.out() + " --seed " + options.seed() + " --peak-rps "
        + SetReadme.number(options.peakRps()) + (options.metricsInterval().equals(Duration.ofSeconds(60)) ? ""
        : " --metrics-interval " + options.metricsInterval());
  }
}
