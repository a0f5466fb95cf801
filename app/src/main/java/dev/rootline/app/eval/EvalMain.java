package dev.rootline.app.eval;

import dev.rootline.app.explain.Explainers;
import dev.rootline.app.explain.LlmSettings;
import dev.rootline.rca.explain.ExplainListener;
import dev.rootline.rca.explain.Explainer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rootline eval <dir> [--json FILE] [--threads N] [--onset detected|label]}: replays every
 * labelled case under {@code dir} (a set of cases, or one case) through the detectors and the
 * ranking, without Kafka, explains each ranked report (with the model of {@code ROOTLINE_LLM_*} when one
 * is set, else the template), and prints the detection, ranking and explanation figures; {@code --json}
 * also writes them for machines. Exit status 0 when the run
 * completed, 2 for a usage error, a missing directory or a bad label, 1 when a case could not be
 * replayed.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the evaluation; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    EvalArguments arguments;
    try {
      arguments = EvalArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("eval: " + e.getMessage());
      err.println(EvalArguments.USAGE);
      return 2;
    }
    try {
      return evaluate(arguments, out, err);
    } catch (IOException e) {
      err.println("eval: " + e.getMessage());
      return 1;
    } catch (IllegalStateException e) {
      err.println("eval: " + e.getMessage());
      e.printStackTrace(err);
      return 1;
    }
  }

  private static int evaluate(EvalArguments arguments, PrintStream out, PrintStream err) throws IOException {
    Path dir = arguments.dir();
    if (!Files.isDirectory(dir)) {
      err.println("eval: no such directory: " + dir);
      return 2;
    }
    List<Path> caseDirs = CaseFiles.cases(dir);
    if (caseDirs.isEmpty()) {
      err.println("eval: no cases in " + dir + ": expected a " + CaseFiles.LABEL + " in it or in its subdirectories");
      return 2;
    }
    List<CaseLabel> labels = readLabels(caseDirs, err);
    if (labels == null) {
      return 2;
    }
    resetPeakHeap();
    long began = System.nanoTime();
    LlmSettings llm = LlmSettings.fromEnvironment(System.getenv());
    err.println("eval: explanations by " + (llm.enabled() ? llm.model() + " at " + llm.baseUrl() : "the template"));
    Explainer explainer = Explainers.of(llm, ExplainListener.none());
    List<CaseScore> scores = new CaseRunner(arguments.threads(), arguments.onset(), arguments.traceShare(), err,
        explainer, llm.enabled()).run(caseDirs, labels);
    EvalReport report = EvalReport.of(scores, (System.nanoTime() - began) / 1_000_000, peakHeapBytes(),
        arguments.onset().name().toLowerCase(java.util.Locale.ROOT), arguments.traceShare());
    ReportTable.print(report, out);
    if (arguments.json() != null) {
      EvalReportJson.write(report, arguments.json());
      err.println("eval: wrote " + arguments.json());
    }
    return 0;
  }

  /** Every label, or null after printing every bad one: a run on a half-labelled set would mislead. */
  private static List<CaseLabel> readLabels(List<Path> caseDirs, PrintStream err) {
    List<CaseLabel> labels = new ArrayList<>();
    boolean bad = false;
    for (Path caseDir : caseDirs) {
      try {
        labels.add(LabelJson.read(caseDir.resolve(CaseFiles.LABEL)));
      } catch (InvalidLabelException e) {
        err.println("eval: " + e.getMessage());
        bad = true;
      }
    }
    return bad ? null : labels;
  }

  private static void resetPeakHeap() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
