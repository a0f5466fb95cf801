package dev.rootline.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.rca.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The machine form of an {@link EvalReport}:
 * {@code {"overall": {...}, "by_fault": {"<type>": {...}}, "cases": [{"id", "detected", "ttd_s", ...}], "run": {...}}};
 * figures without a value (no cases, no hours) are null.
 */
public final class EvalReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalReportJson() {}

  public static void write(EvalReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, MAPPER.writeValueAsString(tree(report)) + "\n");
  }

  static ObjectNode tree(EvalReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("onset", report.onset());
    root.put("trace_share", report.traceShare());
    figures(root.putObject("overall"), report.overall());
    ObjectNode byFault = root.putObject("by_fault");
    report.byFault().forEach((type, figures) -> figures(byFault.putObject(type), figures));
    ArrayNode cases = root.putArray("cases");
    report.cases().forEach(score -> caseNode(cases.addObject(), score));
    ObjectNode run = root.putObject("run");
    run.put("seconds", round(report.elapsedMillis() / 1000.0));
    run.put("peak_heap_mb", round(report.peakHeapBytes() / 1048576.0));
    return root;
  }

  private static void figures(ObjectNode node, Figures f) {
    node.put("fault_cases", f.faultCases());
    node.put("detected", f.detected());
    node.put("recall", round(f.recall()));
    node.put("root_service_recall", round(f.rootServiceRecall()));
    node.put("ttd_p50_s", round(f.ttdP50Seconds()));
    node.put("ttd_p95_s", round(f.ttdP95Seconds()));
    node.put("fault_free_cases", f.faultFreeCases());
    node.put("false_alarms", f.falseAlarms());
    node.put("series_hours", round(f.seriesHours()));
    node.put("false_alarms_per_1k_series_hours", round(f.falseAlarmsPer1kSeriesHours()));
    node.put("pre_fault_false_alarms", f.preFaultFalseAlarms());
    node.put("pre_fault_series_hours", round(f.preFaultSeriesHours()));
    node.put("pre_fault_false_alarms_per_1k_series_hours", round(f.preFaultFalseAlarmsPer1kSeriesHours()));
    node.put("opened", f.opened());
    node.put("matched", f.matched());
    node.put("precision", round(f.precision()));
    node.put("paged_faults", f.pagedFaults());
    node.put("pages_per_paged_fault", round(f.pagesPerPagedFault()));
    node.put("paged_once_share", round(f.pagedOnceShare()));
    RankFigures r = f.ranking();
    node.put("ranked", r.ranked());
    accuracy(node, "", r.rootline());
    node.put("ac1_indicator", round(r.indicator().ac1()));
    node.put("ac3_indicator", round(r.indicator().ac3()));
    node.put("ac5_indicator", round(r.indicator().ac5()));
    node.put("avg5_indicator", round(r.indicator().avg5()));
    accuracy(node.putObject("baro"), "", r.baro());
    accuracy(node.putObject("random"), "", r.random());
    node.put("analysis_ms_p50", round(r.analysisP50Millis()));
    node.put("analysis_ms_max", round(r.analysisMaxMillis()));
    ExplainFigures x = f.explanations();
    ObjectNode explanations = node.putObject("explanations");
    explanations.put("explained", x.explained());
    explanations.put("by", x.model() ? "model" : "template");
    explanations.put("from_model", x.fromModel());
    explanations.put("pass_share", round(x.passShare()));
    explanations.put("ranked_first", x.rankedFirst());
    explanations.put("names_root_cause", round(x.namesRootCause()));
  }

  private static void accuracy(ObjectNode node, String suffix, RankFigures.Accuracy a) {
    node.put("ac1" + suffix, round(a.ac1()));
    node.put("ac3" + suffix, round(a.ac3()));
    node.put("ac5" + suffix, round(a.ac5()));
    node.put("avg5" + suffix, round(a.avg5()));
  }

  private static void caseNode(ObjectNode node, CaseScore score) {
    node.put("id", score.label().id());
    node.put("fault", score.label().fault().type());
    node.put("detected", score.detected());
    node.put("ttd_s", round(score.ttdSeconds()));
    node.put("detected_on_root_service", score.onRootService());
    node.put("opened", score.opened());
    node.put("matched", score.matched());
    node.put("pages", score.pages());
    node.put("false_alarms", score.falseAlarms());
    node.put("series", score.replay().series());
    node.put("fault_free_hours", round(score.faultFreeHours()));
    node.put("bad_lines", score.replay().badLines());
    score.replay().problems().forEach(node.withArray("problems")::add);
    node.put("replay_s", round(score.replay().elapsedMillis() / 1000.0));
    if (score.first() != null) {
      detection(node.putObject("first_detection"), score.first());
    }
    CaseRanking ranking = score.replay().ranking();
    if (!score.label().faultFree()) {
      node.put("rank", score.rootlineRank() == 0 ? null : score.rootlineRank());
      ArrayNode top5 = node.putArray("top5");
      if (ranking != null) {
        ranking.services().stream().limit(5).forEach(top5::add);
        node.put("top_indicator", ranking.indicators().isEmpty() ? null : ranking.indicators().get(0));
        node.put("verdict", ranking.verdict());
        node.put("ranked_at", Instant.ofEpochMilli(ranking.atMillis()).toString());
        node.put("analysed_onset", Instant.ofEpochMilli(ranking.onsetMillis()).toString());
        node.put("baro_rank", score.baroRank() == 0 ? null : score.baroRank());
        node.put("analysis_ms", round(ranking.analysisMillis()));
        ArrayNode candidates = node.putArray("candidates");
        for (Candidate c : ranking.top()) {
          ObjectNode row = candidates.addObject();
          row.put("service", c.service()).put("indicator", c.indicator().wireName()).put("score", c.score())
              .put("reason", c.reason());
          c.features().forEach(row.putObject("features")::put);
        }
      }
      if (score.explanation() != null) {
        explanation(node.putObject("explanation"), score.explanation());
      }
    }
  }

  private static void explanation(ObjectNode node, CaseExplanation x) {
    node.put("source", x.explanation().source().name().toLowerCase(java.util.Locale.ROOT));
    node.put("model", x.explanation().model());
    node.put("passes", x.passes());
    node.put("names_root_cause", x.namesRootCause());
    node.put("summary", x.explanation().summary());
    node.put("likely_cause", x.explanation().likelyCause());
    x.explanation().evidenceIds().forEach(node.putArray("evidence_ids")::add);
    x.problems().forEach(node.putArray("problems")::add);
  }

  private static void detection(ObjectNode node, Detection detection) {
    node.put("series", detection.anomaly().series().id());
    node.put("signal", detection.anomaly().signal());
    node.put("detector", detection.anomaly().detector());
    node.put("onset", detection.anomaly().onset().toString());
    node.put("reported", Instant.ofEpochMilli(detection.reportedMillis()).toString());
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000) / 1000.0;
  }
}
