package dev.rootline.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the cases of a set, and the files of a case, are. */
public final class CaseFiles {
  public static final String LABEL = "label.json";

  private CaseFiles() {}

  /**
   * The case directories under {@code dir}: {@code dir} itself when it holds a {@code label.json},
   * else its subdirectories that do, by name.
   *
   * @throws IOException when {@code dir} cannot be listed
   */
  public static List<Path> cases(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve(LABEL))) {
      return List.of(dir);
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(child -> Files.isRegularFile(child.resolve(LABEL))).sorted().toList();
    }
  }

  /** {@code <signal>.jsonl}, else {@code <signal>.jsonl.gz}, in the case directory; null when neither exists. */
  static Path find(Path caseDir, String signal) {
    for (String name : List.of(signal + ".jsonl", signal + ".jsonl.gz")) {
      Path file = caseDir.resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }
}
