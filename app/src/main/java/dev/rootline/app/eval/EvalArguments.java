package dev.rootline.app.eval;

import dev.rootline.ingest.trace.TraceShare;
import java.nio.file.Path;

/**
 * The command line of {@code eval}:
 * {@code [eval] <dir> [--json FILE] [--threads N] [--onset detected|label] [--trace-share 1/N]}.
 *
 * @param dir     a set of cases or one case
 * @param json    where to write the JSON report, or null
 * @param threads how many cases to replay at once (each needs a few hundred MB of heap at most)
 * @param onset   rank each case at its detected onset (the default) or at its labelled fault start
 * @param traceShare the share of traces read into evidence, as the service reads them above its
 *     trace budget: 1 (the default), 1/2, 1/4, ... 1/64 (ADR 024)
 */
record EvalArguments(Path dir, Path json, int threads, RankPlan.Mode onset, double traceShare) {
  static final String USAGE =
      "usage: rootline eval <dir> [--json FILE] [--threads N] [--onset detected|label] [--trace-share 1/N]";

  /** @throws IllegalArgumentException saying what is wrong with the arguments */
  static EvalArguments parse(String[] args) {
    Path dir = null;
    Path json = null;
    int threads = 1;
    RankPlan.Mode onset = RankPlan.Mode.DETECTED;
    double traceShare = 1;
    int i = args.length > 1 && args[0].equals("eval") ? 1 : 0;
    for (; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--json")) {
        if (++i == args.length) {
          throw new IllegalArgumentException("--json needs a file name");
        }
        json = Path.of(args[i]);
      } else if (arg.equals("--threads")) {
        threads = ++i < args.length ? threads(args[i]) : threads("");
      } else if (arg.equals("--onset")) {
        onset = ++i < args.length ? onset(args[i]) : onset("");
      } else if (arg.equals("--trace-share")) {
        traceShare = ++i < args.length ? traceShare(args[i]) : traceShare("");
      } else if (arg.startsWith("-")) {
        throw new IllegalArgumentException("unknown option " + arg);
      } else if (dir == null) {
        dir = Path.of(arg);
      } else {
        throw new IllegalArgumentException("one directory only, got " + dir + " and " + arg);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("a directory of cases is needed");
    }
    return new EvalArguments(dir, json, threads, onset, traceShare);
  }

  private static RankPlan.Mode onset(String text) {
    return switch (text) {
      case "detected" -> RankPlan.Mode.DETECTED;
      case "label" -> RankPlan.Mode.LABEL;
      default -> throw new IllegalArgumentException("--onset needs 'detected' or 'label', got '" + text + "'");
    };
  }

  private static double traceShare(String text) {
    try {
      double share = text.startsWith("1/") ? 1.0 / Integer.parseInt(text.substring(2)) : Double.parseDouble(text);
      TraceShare.fixed(share);
      return share;
    } catch (IllegalArgumentException e) { // a NumberFormatException too
      throw new IllegalArgumentException("--trace-share needs 1, 1/2, 1/4, ... or 1/" + (1 << TraceShare.MAX_LEVEL)
          + ", got '" + text + "'");
    }
  }

  private static int threads(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--threads needs a whole number of at least 1, got '" + text + "'");
  }
}
