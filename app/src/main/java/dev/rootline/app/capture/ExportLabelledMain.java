package dev.rootline.app.capture;

import java.io.IOException;
import java.io.PrintStream;
import javax.sql.DataSource;

/**
 * {@code rootline export-labelled --out DIR}: writes every labelled incident in the store, with the
 * telemetry Rootline kept for it, as a case of an evaluation set, so {@code rootline eval DIR}
 * replays real incidents beside simulated ones. Reads the store directly: the service need not
 * run (H2's default file is locked while it does, see README.md). Exit status 0 when the set was
 * written (cases that cannot be exported are skipped and named), 2 for a usage error, 1 when the
 * store or the directory failed.
 */
public final class ExportLabelledMain {
  private ExportLabelledMain() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the export; returns the exit status. */
  public static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
    ExportArguments arguments;
    try {
      arguments = ExportArguments.parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println("export-labelled: " + e.getMessage());
      err.println(ExportArguments.USAGE);
      return 2;
    }
    try {
      DataSource store = StoreUrls.dataSource(arguments.url(), arguments.username(), arguments.password());
      LabelledExport.Result result = new LabelledExport(store).write(arguments.out(), arguments.since(),
          StoreUrls.withoutParameters(arguments.url()));
      result.skipped().forEach(skip -> err.println("export-labelled: skipped " + skip));
      if (result.droppedLines() > 0) {
        err.println("export-labelled: dropped " + result.droppedLines() + " kept line(s) that did not decode");
      }
      out.println("export-labelled: wrote " + result.written().size() + " case(s) to " + arguments.out()
          + (result.skipped().isEmpty() ? "" : ", skipped " + result.skipped().size()));
      return 0;
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      err.println("export-labelled: " + e.getMessage() + StoreUrls.hint(e));
      return 1;
    }
  }
}
