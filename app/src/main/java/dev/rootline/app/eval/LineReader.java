package dev.rootline.app.eval;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file line by line as bytes, gunzipping {@code *.gz} files. A line longer than the limit
 * is skipped to its end and reported as too long, so one broken line cannot exhaust memory.
 * Not thread-safe.
 */
final class LineReader implements Closeable {
  /** A line longer than the limit: its content is gone, its number counts. */
  static final byte[] TOO_LONG = new byte[0];

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[8192];
  private long lineNumber;

  private LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  static LineReader open(Path file, int maxLineBytes) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      boolean gzip = file.getFileName().toString().endsWith(".gz");
      return new LineReader(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, maxLineBytes);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * The next line without its line break (and without a trailing carriage return), {@link #TOO_LONG}
   * for a line over the limit, or null at the end of the file.
   */
  byte[] next() throws IOException {
    if (position == limit && !fill()) {
      return null;
    }
    lineNumber++;
    int length = 0;
    while (position < limit || fill()) {
      int end = indexOfNewline();
      length = append(length, end);
      position = end;
      if (end < limit) {
        position++;
        break;
      }
    }
    if (length > maxLineBytes) {
      return TOO_LONG;
    }
    return Arrays.copyOf(line, length > 0 && line[length - 1] == '\r' ? length - 1 : length);
  }

  /** The number of the line last returned, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return limit;
  }

  /** Appends chunk[position, end) to the line while within the limit; returns the line's full length. */
  private int append(int length, int end) {
    int n = end - position;
    int kept = Math.max(0, Math.min(n, maxLineBytes - length));
    if (kept > 0) {
      if (length + kept > line.length) {
        line = Arrays.copyOf(line, Math.max(length + kept, Math.min(maxLineBytes, line.length * 2)));
      }
      System.arraycopy(chunk, position, line, length, kept);
    }
    return (int) Math.min((long) length + n, maxLineBytes + 1L);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    position = 0;
    limit = Math.max(0, n);
    return n > 0;
  }
}
