package dev.rootline.app.eval;

import java.util.ArrayList;
import java.util.List;

/** Lines of a case that could not be used: how many, and the first few reasons with file and line. */
final class LineProblems {
  private static final int KEPT = 5;

  private final List<String> first = new ArrayList<>();
  private long count;

  void add(String file, long line, String problem) {
    count++;
    if (first.size() < KEPT) {
      first.add(file + ":" + line + ": " + problem);
    }
  }

  long count() {
    return count;
  }

  List<String> first() {
    return List.copyOf(first);
  }
}
