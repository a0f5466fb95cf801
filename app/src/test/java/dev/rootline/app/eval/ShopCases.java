package dev.rootline.app.eval;

import dev.rootline.simulator.Conditions;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.ErrorInjection;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.FileTelemetrySink;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Small labelled cases written by the simulated shop, generated once per test JVM: a quiet
 * afternoon, and the same afternoon with errors injected into {@code cart}.
 */
final class ShopCases {
  static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
  static final Duration LENGTH = Duration.ofMinutes(40);
  static final Instant FAULT_START = START.plus(Duration.ofMinutes(30));
  static final Instant FAULT_END = FAULT_START.plus(Duration.ofMinutes(8));
  private static final SimulationConfig CONFIG = SimulationConfig.defaults()
      .withPeakRootRequestsPerSecond(1.5).withDeployMeanInterval(Duration.ZERO).withSeed(7);
  private static Path root;

  private ShopCases() {}

  /** 40 fault-free minutes, label type {@code none}. */
  static synchronized Path quiet() {
    Path dir = root().resolve("quiet");
    if (!Files.isDirectory(dir)) {
      write(dir, Conditions.normal());
      label(dir, "quiet", "none", START, START.plus(LENGTH));
    }
    return dir;
  }

  /** 30 normal minutes, then 8 minutes in which a third of cart's requests fail (the simulator's error injection). */
  static synchronized Path cartErrors() {
    Path dir = root().resolve("cart-errors");
    if (!Files.isDirectory(dir)) {
      write(dir, FaultPlan.of(new ErrorInjection("cart", null, 0.33, null, FAULT_START, FAULT_END)));
      label(dir, "cart-errors", "errors", FAULT_START, FAULT_END);
    }
    return dir;
  }

  /** A copy of {@code source} with every telemetry file gzip-compressed. */
  static Path gzipCopy(Path source, Path target) throws IOException {
    return copy(source, target, Long.MAX_VALUE, true);
  }

  /**
   * A copy of {@code source} with at most {@code lines} lines of each telemetry file (their first
   * minutes), gzip-compressed or not: a small case for tests that need no baseline.
   */
  static Path copy(Path source, Path target, long lines, boolean gzip) throws IOException {
    Files.createDirectories(target);
    Files.copy(source.resolve(CaseFiles.LABEL), target.resolve(CaseFiles.LABEL));
    for (String signal : new String[] {"spans", "metrics", "logs", "deploys"}) {
      Path to = target.resolve(signal + (gzip ? ".jsonl.gz" : ".jsonl"));
      try (Stream<String> in = Files.lines(source.resolve(signal + ".jsonl"));
          Writer out = new OutputStreamWriter(gzip ? new GZIPOutputStream(Files.newOutputStream(to))
              : Files.newOutputStream(to), StandardCharsets.UTF_8)) {
        for (String line : (Iterable<String>) in.limit(lines)::iterator) {
          out.write(line);
          out.write('\n');
        }
      }
    }
    return target;
  }

  private static Path root() {
    try {
      if (root == null) {
        root = Files.createTempDirectory("rootline-eval-cases");
        Path created = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path tree) {
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void write(Path dir, Conditions conditions) {
    try (FileTelemetrySink sink = FileTelemetrySink.create(dir)) {
      new Simulation(ShopModel.standard(7), CONFIG, conditions).run(START, START.plus(LENGTH), sink);
    }
  }

  private static void label(Path dir, String id, String type, Instant start, Instant end) {
    String json = String.format("{\"id\": \"%s\", \"caption\": \"test case\", \"system\": \"shop-sim\","
        + " \"fault\": {\"type\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}}", id, type, start, end);
    try {
      Files.writeString(dir.resolve(CaseFiles.LABEL), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
