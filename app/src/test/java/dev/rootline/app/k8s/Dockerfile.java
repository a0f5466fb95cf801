package dev.rootline.app.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository's Dockerfile read as stages of instructions (comments dropped, continued lines
 * joined), for the tests that hold it against the manifests and for the benchmark that starts
 * Rootline's JVM as the image does.
 */
public final class Dockerfile {
  private final List<List<String>> stages;

  private Dockerfile(List<List<String>> stages) {
    this.stages = stages;
  }

  /** The Dockerfile at the repository root, beside the app module where Maven runs. */
  public static Dockerfile atRoot() {
    return read(Path.of(System.getProperty("user.dir")).resolveSibling("Dockerfile"));
  }

  private static Dockerfile read(Path file) {
    List<List<String>> stages = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    try {
      for (String raw : Files.readAllLines(file)) {
        String line = raw.trim();
        if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
          continue;
        }
        if (line.endsWith("\\")) {
          pending.append(line, 0, line.length() - 1).append(' ');
          continue;
        }
        String instruction = pending.append(line).toString();
        pending.setLength(0);
        if (instruction.startsWith("FROM ")) {
          stages.add(new ArrayList<>());
        }
        stages.get(stages.size() - 1).add(instruction);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Dockerfile(stages);
  }

  /** The instructions of stage {@code index} (negative: from the end). */
  List<String> stage(int index) {
    return stages.get(index < 0 ? stages.size() + index : index);
  }

  List<String> finalStage() {
    return stage(-1);
  }

  /** The arguments of one keyword's instructions in a stage, in order. */
  static List<String> instructions(List<String> stage, String keyword) {
    return stage.stream().filter(line -> line.startsWith(keyword + " "))
        .map(line -> line.substring(keyword.length() + 1).trim()).toList();
  }

  /** The value the final stage's {@code ENV name="value"} sets, unquoted. */
  public String env(String name) {
    return instructions(finalStage(), "ENV").stream().filter(env -> env.startsWith(name + "="))
        .map(env -> env.substring(name.length() + 1).replaceAll("^\"|\"$", "")).findFirst()
        .orElseThrow(() -> new IllegalStateException("the image sets no " + name));
  }
}
