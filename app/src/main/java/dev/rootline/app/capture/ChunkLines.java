package dev.rootline.app.capture;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A chunk's lines, gzip-compressed: what {@link CaptureChunk#data()} holds. */
final class ChunkLines {
  private ChunkLines() {}

  static byte[] gzip(List<String> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen
    }
    return bytes.toByteArray();
  }

  /**
   * Hands each line to the sink.
   *
   * @throws IOException when the data is not gzip
   */
  static void forEach(byte[] gzip, Consumer<String> sink) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(gzip)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          sink.accept(line);
        }
      }
    }
  }
}
