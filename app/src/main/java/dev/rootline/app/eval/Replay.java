package dev.rootline.app.eval;

import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.InvalidRecordException;
import dev.rootline.ingest.otlp.OtlpDecoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Replays one labelled case through the detectors, by event time: the lines of {@code spans},
 * {@code metrics} and {@code logs} ({@code .jsonl} or {@code .jsonl.gz}) are merged in order of
 * their latest event time, the watermark is the latest event time seen so far, and every anomaly is
 * stamped with the watermark at which it was reported. Windows still open when the files end are
 * dropped, not flushed: they are partial and would look like a traffic drop. Bad lines are
 * counted, never fatal.
 */
public final class Replay {
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);

  private Replay() {}

  /**
   * Replays the case in {@code caseDir}; missing telemetry files count as empty, unreadable ones as
   * one problem each.
   *
   * @throws IOException when the deploy events cannot be read
   */
  public static ReplayResult run(Path caseDir) throws IOException {
    return run(caseDir, RankPlan.NONE);
  }

  /**
   * Replays the case and ranks it as the plan says.
   *
   * @throws IOException when the deploy events cannot be read
   */
  static ReplayResult run(Path caseDir, RankPlan plan) throws IOException {
    long began = System.nanoTime();
    DetectionPipeline pipeline = new DetectionPipeline(plan);
    LineProblems problems = new LineProblems();
    List<DecodedLines<?>> sources = new ArrayList<>();
    try (Readers readers = new Readers()) {
      addSource(sources, readers, caseDir, "spans", DECODER::spans, s -> s.endNanos() / 1_000_000, pipeline::spans, problems);
      addSource(sources, readers, caseDir, "metrics", DECODER::metrics, p -> p.timeNanos() / 1_000_000, pipeline::metrics, problems);
      addSource(sources, readers, caseDir, "logs", DECODER::logs, l -> l.timeNanos() / 1_000_000, pipeline::logs, problems);
      long deploys = readDeploys(caseDir, problems, pipeline);
      long first = merge(sources, pipeline);
      long lines = sources.stream().mapToLong(DecodedLines::lines).sum() + deploys;
      return new ReplayResult(pipeline.opened(), pipeline.series(), first, pipeline.watermark(), lines,
          problems.count(), problems.first(), pipeline.observations(), pipeline.ranking(), pipeline.pageOfAnomaly(),
          (System.nanoTime() - began) / 1_000_000);
    }
  }

  /** Feeds the earliest next line until every file has ended; returns the earliest event time fed. */
  private static long merge(List<DecodedLines<?>> sources, DetectionPipeline pipeline) {
    long first = Long.MAX_VALUE;
    while (true) {
      DecodedLines<?> earliest = null;
      for (DecodedLines<?> source : sources) {
        if (source.peekMillis() != Long.MAX_VALUE && (earliest == null || source.peekMillis() < earliest.peekMillis())) {
          earliest = source;
        }
      }
      if (earliest == null) {
        return first;
      }
      long millis = earliest.feed();
      first = Math.min(first, millis);
      pipeline.advanceTo(millis);
    }
  }

  private static <T> void addSource(List<DecodedLines<?>> sources, Readers readers, Path dir, String signal,
      Function<byte[], List<T>> decode, ToLongFunction<T> millis, Consumer<List<T>> sink, LineProblems problems) {
    Path file = CaseFiles.find(dir, signal);
    if (file == null) {
      return;
    }
    String name = file.getFileName().toString();
    try {
      sources.add(new DecodedLines<>(name, readers.open(file), decode, millis, sink, problems));
    } catch (IOException e) { // e.g. a .gz file that is not gzip: one problem, the other files still count
      problems.add(name, 0, "unreadable, file skipped: " + e.getMessage());
    }
  }

  /**
   * Reads the deploy events ahead of the telemetry: the analysis looks only at changes before the
   * moment it ranks, so knowing later ones early changes nothing.
   */
  private static long readDeploys(Path dir, LineProblems problems, DetectionPipeline pipeline) {
    Path file = CaseFiles.find(dir, "deploys");
    if (file == null) {
      return 0;
    }
    String name = file.getFileName().toString();
    try (LineReader reader = LineReader.open(file, DecodedLines.MAX_LINE_BYTES)) {
      for (byte[] line = reader.next(); line != null; line = reader.next()) {
        checkDeploy(line, name, reader.lineNumber(), problems, pipeline);
      }
      return reader.lineNumber();
    } catch (IOException e) {
      problems.add(name, 0, "unreadable, rest of file skipped: " + e.getMessage());
      return 0;
    }
  }

  private static void checkDeploy(byte[] line, String name, long number, LineProblems problems,
      DetectionPipeline pipeline) {
    try {
      if (line.length > 0 && line != LineReader.TOO_LONG) {
        pipeline.change(DeployEventJson.read(line));
      }
    } catch (InvalidRecordException e) {
      problems.add(name, number, e.getMessage());
    }
  }

  /** The open line readers of one replay, closed together. */
  private static final class Readers implements Closeable {
    private final List<LineReader> open = new ArrayList<>();

    LineReader open(Path file) throws IOException {
      LineReader reader = LineReader.open(file, DecodedLines.MAX_LINE_BYTES);
      open.add(reader);
      return reader;
    }

    @Override
    public void close() throws IOException {
      for (LineReader reader : open) {
        reader.close();
      }
    }
  }
}
