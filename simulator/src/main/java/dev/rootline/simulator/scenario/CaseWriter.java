package dev.rootline.simulator.scenario;

import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.FileTelemetrySink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Simulates labelled cases into files: {@code <set>/<id>/label.json} and the case's telemetry, gzip
 * compressed ({@code spans.jsonl.gz}, {@code metrics.jsonl.gz}, {@code logs.jsonl.gz}) with a plain
 * {@code deploys.jsonl}. Equal scenarios and configs give byte-identical files.
 */
public final class CaseWriter {
  public static final String LABEL = "label.json";

  private final ShopModel model;
  private final SimulationConfig config;

  /** Cases of {@code model} under {@code config}; each case's own seed replaces the config's. */
  public CaseWriter(ShopModel model, SimulationConfig config) {
    this.model = Objects.requireNonNull(model, "model");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Writes one case under {@code setDir}, replacing whatever the case directory held; returns it.
   *
   * @throws UncheckedIOException when the files cannot be written
   */
  public Path write(Path setDir, Scenario scenario) {
    Path dir = setDir.resolve(scenario.id());
    Simulation simulation = new Simulation(model, config.withSeed(scenario.seed()), scenario.plan());
    try (FileTelemetrySink sink = FileTelemetrySink.createGzipped(dir)) {
      simulation.run(scenario.from(), scenario.to(), sink);
    }
    try {
      Files.writeString(dir.resolve(LABEL), scenario.label().toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the label of " + scenario.id(), e);
    }
    return dir;
  }
}
