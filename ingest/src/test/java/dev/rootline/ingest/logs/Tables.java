package dev.rootline.ingest.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

/** Inline tables for the log tests: one row per line, {@code input => expected}, compared as one text. */
final class Tables {
  private Tables() {}

  /** Applies {@code f} to each row's input; a failure shows every row, expected against actual. */
  static void check(String table, Function<String, String> f) {
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    for (String row : table.strip().split("\n")) {
      String[] cells = row.split("\\s+=>\\s+", 2);
      String input = cells[0].strip();
      expected.append(input).append(" => ").append(cells[1].strip()).append('\n');
      actual.append(input).append(" => ").append(f.apply(input)).append('\n');
    }
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }
}
