package dev.rootline.app.eval;

import dev.rootline.rca.explain.Explainer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays and scores cases, one at a time or several at once (each replay owns its own windows and
 * detectors), explains each ranked report, printing one progress line per case as it finishes; scores come back in case order.
 */
final class CaseRunner {
  private final int threads;
  private final RankPlan.Mode onset;
  private final double traceShare;
  private final PrintStream progress;
  private final Explainer explainer;
  private final boolean model;
  private int finished;

  /**
   * @param traceShare the share of traces read into evidence (ADR 024)
   * @param model whether the explainer asks a model (else it is the template)
   */
  CaseRunner(int threads, RankPlan.Mode onset, double traceShare, PrintStream progress, Explainer explainer,
      boolean model) {
    this.threads = threads;
    this.onset = onset;
    this.traceShare = traceShare;
    this.progress = progress;
    this.explainer = explainer;
    this.model = model;
  }

  /**
   * @throws IOException when a case's files cannot be opened
   * @throws IllegalStateException naming the case when its replay failed otherwise
   */
  List<CaseScore> run(List<Path> caseDirs, List<CaseLabel> labels) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CaseScore>> futures = new ArrayList<>();
      for (int i = 0; i < caseDirs.size(); i++) {
        Path dir = caseDirs.get(i);
        CaseLabel label = labels.get(i);
        futures.add(pool.submit(() -> score(dir, label, caseDirs.size())));
      }
      List<CaseScore> scores = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        scores.add(result(futures.get(i), caseDirs.get(i)));
      }
      return scores;
    } finally {
      pool.shutdownNow();
    }
  }

  private CaseScore score(Path dir, CaseLabel label, int total) {
    try {
      ReplayResult result = Replay.run(dir, RankPlan.of(onset, label, traceShare));
      CaseScore score = CaseScore.of(label, result);
      if (result.ranking() != null) {
        score = score.withExplanation(CaseExplanation.of(explainer, model, result.ranking().report(),
            label.rootCause().service()));
      }
      report(score, total);
      return score;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void report(CaseScore score, int total) {
    ReplayResult result = score.replay();
    progress.printf(Locale.ROOT, "eval: [%d/%d] %s: %d anomalies, %d series, %d bad lines, %.1f s%n", ++finished,
        total, score.label().id(), score.opened(), result.series(), result.badLines(), result.elapsedMillis() / 1000.0);
    result.problems().forEach(problem -> progress.println("eval:   " + problem));
  }

  private static CaseScore result(Future<CaseScore> future, Path dir) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + dir, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("replaying " + dir + " failed: " + e.getCause(), e.getCause());
    }
  }
}
