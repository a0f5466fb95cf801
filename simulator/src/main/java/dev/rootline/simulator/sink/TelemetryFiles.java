package dev.rootline.simulator.sink;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The telemetry files of one recorded run or labelled case, as {@link FileTelemetrySink} and the
 * Collector's file exporter write them: each may be plain ({@code spans.jsonl}) or gzip-compressed
 * ({@code spans.jsonl.gz}), and readers accept both.
 */
public final class TelemetryFiles {
  public static final String SPANS = "spans.jsonl";
  public static final String METRICS = "metrics.jsonl";
  public static final String LOGS = "logs.jsonl";
  public static final String DEPLOYS = "deploys.jsonl";
  public static final String GZ = ".gz";

  private TelemetryFiles() {}

  /** The file of that name in {@code dir}, plain if it exists, else its {@code .gz} form, else null. */
  public static Path find(Path dir, String name) {
    Path plain = dir.resolve(name);
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    Path gzip = dir.resolve(name + GZ);
    return Files.isRegularFile(gzip) ? gzip : null;
  }

  /**
   * Opens the file of that name in {@code dir}, decompressing its {@code .gz} form when that is the
   * one there; the caller closes the reader.
   *
   * @throws UncheckedIOException when neither form exists or it cannot be read
   */
  public static BufferedReader open(Path dir, String name) {
    Path file = find(dir, name);
    if (file == null) {
      throw new UncheckedIOException(new FileNotFoundException(
          "neither " + name + " nor " + name + GZ + " in " + dir));
    }
    try {
      InputStream in = Files.newInputStream(file);
      InputStream data = file.getFileName().toString().endsWith(GZ) ? new GZIPInputStream(in, 1 << 16) : in;
      return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every line of the file of that name in {@code dir}, in either form; empty when neither exists. */
  public static List<String> lines(Path dir, String name) {
    if (find(dir, name) == null) {
      return List.of();
    }
    try (BufferedReader reader = open(dir, name)) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " in " + dir, e);
    }
  }
}
