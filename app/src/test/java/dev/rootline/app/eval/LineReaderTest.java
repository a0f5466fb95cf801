package dev.rootline.app.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
  @TempDir
  Path dir;

  @Test
  void next_readsPlainLinesWithoutBreaks() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "one\r\ntwo\n\nthree");
    assertThat(lines(file, 100)).containsExactly("one", "two", "", "three");
  }

  @Test
  void next_gunzipsGzFiles() throws IOException {
    Path file = dir.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"a\":1}\n{\"b\":2}\n".getBytes(UTF_8));
    }
    assertThat(lines(file, 100)).containsExactly("{\"a\":1}", "{\"b\":2}");
  }

  @Test
  void next_skipsALineOverTheLimitAndKeepsCountingLines() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "short\n" + "x".repeat(200_000) + "\nafter\n");
    try (LineReader reader = LineReader.open(file, 1000)) {
      assertThat(reader.next()).asString(UTF_8).isEqualTo("short");
      assertThat(reader.next()).isSameAs(LineReader.TOO_LONG);
      assertThat(reader.next()).asString(UTF_8).isEqualTo("after");
      assertThat(reader.lineNumber()).isEqualTo(3);
      assertThat(reader.next()).isNull();
    }
  }

  private static List<String> lines(Path file, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = LineReader.open(file, max)) {
      for (byte[] line = reader.next(); line != null; line = reader.next()) {
        lines.add(new String(line, UTF_8));
      }
    }
    return lines;
  }
}
