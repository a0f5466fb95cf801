package dev.rootline.app.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The people form of an {@link EvalReport}: one row per case, then one per fault type and overall. */
public final class ReportTable {
  private static final String CASE_ROW = "%-36s %-22s %-8s %8s %6s %6s %5s %6s %5s  %s%n";
  private static final String FIGURE_ROW = "%-22s %5s %7s %7s %8s %8s %7s %10s %10s %9s %6s%n";
  private static final String EXPLAIN_ROW = "%-22s %5s %6s %6s %6s %6s%n";
  private static final String RANK_ROW = "%-22s %5s %6s %6s %6s %6s %7s %7s %6s %6s %6s %6s%n";

  private ReportTable() {}

  public static void print(EvalReport report, PrintStream out) {
    out.printf(Locale.ROOT, CASE_ROW, "case", "fault", "detected", "ttd", "opened", "match", "pages", "false", "rank",
        "top candidate");
    for (CaseScore score : report.cases()) {
      out.printf(Locale.ROOT, CASE_ROW, cut(score.label().id(), 36), cut(score.label().fault().type(), 22),
          score.label().faultFree() ? "-" : score.detected() ? "yes" : "NO", seconds(score.ttdSeconds()),
          score.opened(), score.matched(), score.pages(), score.falseAlarms(), rank(score), top(score));
    }
    out.println();
    out.printf(Locale.ROOT, FIGURE_ROW, "fault type", "cases", "recall", "on root", "ttd p50", "ttd p95", "false",
        "FA/1k s·h", "pre-fault", "precision", "pages");
    for (Map.Entry<String, Figures> entry : report.byFault().entrySet()) {
      row(out, entry.getKey(), entry.getValue());
    }
    row(out, "overall", report.overall());
    out.printf(Locale.ROOT, "%nranking at the %s onset%s%n", report.onset(),
        report.traceShare() < 1 ? String.format(Locale.ROOT, ", from 1 in %.0f traces", 1 / report.traceShare()) : "");
    out.printf(Locale.ROOT, RANK_ROW, "fault type", "cases", "AC@1", "AC@3", "AC@5", "Avg@5", "AC@1+i", "Avg@5+i",
        "BARO@1", "BARO@5", "rand@1", "rand@5");
    for (Map.Entry<String, Figures> entry : report.byFault().entrySet()) {
      rankRow(out, entry.getKey(), entry.getValue().ranking());
    }
    rankRow(out, "overall", report.overall().ranking());
    RankFigures all = report.overall().ranking();
    if (all.analysisMaxMillis() != null) {
      out.printf(Locale.ROOT, "analysis time per incident: p50 %.1f ms, max %.1f ms%n", all.analysisP50Millis(),
          all.analysisMaxMillis());
    }
    ExplainFigures x = report.overall().explanations();
    out.printf(Locale.ROOT, "%nexplanations by %s%n", x.model() ? "the model (template when refused)" : "the template");
    out.printf(Locale.ROOT, EXPLAIN_ROW, "fault type", "cases", "model", "pass", "first", "names");
    for (Map.Entry<String, Figures> entry : report.byFault().entrySet()) {
      explainRow(out, entry.getKey(), entry.getValue().explanations());
    }
    explainRow(out, "overall", x);
    out.printf(Locale.ROOT, "model: written by the model; pass: share passing the check (with the template: the"
        + " floor); first: cases ranked with the root cause first; names: share of those whose likely cause names it.%n");
    out.printf(Locale.ROOT, "%non root: detected by an anomaly on the root-cause service. FA/1k s·h: false alarms per"
        + " 1,000 series-hours on fault-free cases; pre-fault: the same before the faults of fault cases (warm-up"
        + " included); pages: incidents announced per fault that paged (1 is one fault, one page).%n%d cases in %.1f s, peak heap %.0f MB%n",
        report.cases().size(), report.elapsedMillis() / 1000.0, report.peakHeapBytes() / 1048576.0);
  }

  private static void row(PrintStream out, String name, Figures f) {
    out.printf(Locale.ROOT, FIGURE_ROW, cut(name, 22), f.faultCases() + f.faultFreeCases(), number(f.recall()),
        number(f.rootServiceRecall()), seconds(f.ttdP50Seconds()), seconds(f.ttdP95Seconds()), f.falseAlarms() + f.preFaultFalseAlarms(),
        number(f.falseAlarmsPer1kSeriesHours()), number(f.preFaultFalseAlarmsPer1kSeriesHours()), number(f.precision()),
        number(f.pagesPerPagedFault()));
  }

  private static void rankRow(PrintStream out, String name, RankFigures r) {
    if (r.cases() == 0) {
      return;
    }
    out.printf(Locale.ROOT, RANK_ROW, cut(name, 22), r.cases(), number(r.rootline().ac1()), number(r.rootline().ac3()),
        number(r.rootline().ac5()), number(r.rootline().avg5()), number(r.indicator().ac1()),
        number(r.indicator().avg5()), number(r.baro().ac1()), number(r.baro().ac5()), number(r.random().ac1()),
        number(r.random().ac5()));
  }

  private static void explainRow(PrintStream out, String name, ExplainFigures x) {
    if (x.explained() == 0) {
      return;
    }
    out.printf(Locale.ROOT, EXPLAIN_ROW, cut(name, 22), x.explained(), x.fromModel(), number(x.passShare()),
        x.rankedFirst(), number(x.namesRootCause()));
  }

  private static String rank(CaseScore score) {
    if (score.label().faultFree()) {
      return "-";
    }
    return score.replay().ranking() == null ? "none" : score.rootlineRank() == 0 ? ">10" : "#" + score.rootlineRank();
  }

  private static String top(CaseScore score) {
    CaseRanking r = score.replay().ranking();
    if (r == null || r.services().isEmpty()) {
      return "";
    }
    return r.services().get(0) + " (" + r.indicators().get(0) + ", " + r.verdict().toLowerCase(Locale.ROOT) + ")";
  }

  private static String seconds(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.0f s", value);
  }

  private static String number(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
