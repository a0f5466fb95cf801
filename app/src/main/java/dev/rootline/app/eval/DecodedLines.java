package dev.rootline.app.eval;

import dev.rootline.ingest.otlp.InvalidRecordException;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One telemetry file of a case, decoded a line at a time, so that several files can be merged in
 * event-time order: {@link #peekMillis()} is the latest event time of the next line's items.
 * Lines that do not decode are counted in {@link LineProblems} and skipped. Not thread-safe.
 */
final class DecodedLines<T> {
  /** Lines at most this long are read; a longer line is a problem. */
  static final int MAX_LINE_BYTES = 16 << 20;

  private final String name;
  private final LineReader reader;
  private final Function<byte[], List<T>> decode;
  private final ToLongFunction<T> eventMillis;
  private final Consumer<List<T>> sink;
  private final LineProblems problems;
  private List<T> next;
  private long nextMillis;
  private boolean ended;
  private long lines;

  DecodedLines(String name, LineReader reader, Function<byte[], List<T>> decode, ToLongFunction<T> eventMillis,
      Consumer<List<T>> sink, LineProblems problems) {
    this.name = name;
    this.reader = reader;
    this.decode = decode;
    this.eventMillis = eventMillis;
    this.sink = sink;
    this.problems = problems;
  }

  /** The latest event time of the next line, or {@code Long.MAX_VALUE} when the file has ended. */
  long peekMillis() {
    while (next == null && !ended) {
      next = decodeNext();
    }
    return ended ? Long.MAX_VALUE : nextMillis;
  }

  /** Hands the next line's items to the sink; returns their latest event time. */
  long feed() {
    long millis = peekMillis();
    if (next != null) {
      sink.accept(next);
      next = null;
    }
    return millis;
  }

  /** Lines read, good or bad. */
  long lines() {
    return lines;
  }

  private List<T> decodeNext() {
    byte[] line;
    try {
      line = reader.next();
    } catch (IOException e) {
      problems.add(name, reader.lineNumber() + 1, "unreadable, rest of file skipped: " + e.getMessage());
      ended = true;
      return null;
    }
    if (line == null) {
      ended = true;
      return null;
    }
    lines++;
    return decodeLine(line);
  }

  private List<T> decodeLine(byte[] line) {
    if (line == LineReader.TOO_LONG) {
      problems.add(name, reader.lineNumber(), "longer than " + MAX_LINE_BYTES + " bytes");
      return null;
    }
    if (line.length == 0) {
      return null;
    }
    try {
      List<T> items = decode.apply(line);
      long max = Long.MIN_VALUE;
      for (int i = 0, n = items.size(); i < n; i++) {
        max = Math.max(max, eventMillis.applyAsLong(items.get(i)));
      }
      nextMillis = max;
      return items.isEmpty() ? null : items;
    } catch (InvalidRecordException | IllegalArgumentException e) {
      problems.add(name, reader.lineNumber(), e.getMessage());
      return null;
    }
  }
}
