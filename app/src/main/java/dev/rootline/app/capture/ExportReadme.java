package dev.rootline.app.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README.md of an exported set: what it is, where it came from, what it holds, and what was left out. */
final class ExportReadme {
  private ExportReadme() {}

  static void write(Path out, String source, List<String> written, List<String> skipped) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("# Labelled incidents exported from Rootline\n\n")
        .append("Written by `rootline export-labelled` from the store at `").append(source).append("`: ")
        .append("every incident a person labelled with its true cause, with the telemetry Rootline kept for it ")
        .append("(from 35 minutes before the onset until 5 minutes after it resolved, within the capture's bounds). ")
        .append("`rootline eval` replays these cases as it replays simulated ones; `fault.start` is the ")
        .append("incident's onset and `fault.type` is `labelled`.\n\n")
        .append("Privacy: secrets, e-mail addresses and card numbers were masked when the telemetry was kept and ")
        .append("again on export; who labelled an incident and who made a change are left out. The telemetry is ")
        .append("still your systems' own: check it before sharing the set.\n\n")
        .append("Licence: the data belongs to whoever runs the systems it was recorded on.\n\n")
        .append("## Cases (").append(written.size()).append(")\n\n");
    written.forEach(id -> text.append("- `").append(CaseNames.directory(id)).append("`\n"));
    if (!skipped.isEmpty()) {
      text.append("\n## Not exported (").append(skipped.size()).append(")\n\n");
      skipped.forEach(reason -> text.append("- ").append(reason).append('\n'));
    }
    Files.writeString(out.resolve("README.md"), text);
  }
}
