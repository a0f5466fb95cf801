package dev.rootline.app.report;

import static dev.rootline.app.report.ReportFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.app.report.ReportFixtures.CHECKOUT_WITH_SERIES;
import static dev.rootline.app.report.ReportFixtures.CHECKOUT_WITH_TRACES;
import static dev.rootline.app.report.ReportFixtures.NO_CLEAR_CAUSE;
import static dev.rootline.app.report.ReportFixtures.ONSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.rca.TraceSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void read_ofWrite_isTheSameReport_includingNaNNullsAndNanoseconds() {
    assertThat(ReportJson.read(ReportJson.write(CHECKOUT_BAD_DEPLOY))).isEqualTo(CHECKOUT_BAD_DEPLOY);
    assertThat(ReportJson.read(ReportJson.writeString(NO_CLEAR_CAUSE))).isEqualTo(NO_CLEAR_CAUSE);
  }

  @Test
  void read_ofWrite_keepsTheSeriesSnapshot_withEmptyPointsAsNaN() throws Exception {
    assertThat(ReportJson.read(ReportJson.write(CHECKOUT_WITH_SERIES))).isEqualTo(CHECKOUT_WITH_SERIES);

    JsonNode series = PLAIN.readTree(ReportJson.write(CHECKOUT_WITH_SERIES)).get("series");
    assertThat(series.get("step_millis").asLong()).isEqualTo(60_000);
    assertThat(series.at("/services/0/lines/0/values/5").isNull()).isTrue();
    assertThat(series.at("/services/0/lines/1/baseline_high").asDouble()).isEqualTo(0.002);
    assertThat(series.at("/edges/0/caller").asText()).isEqualTo("frontend");
    assertThat(series.toString().length()).as("a snapshot stays a few KB").isLessThan(4_000);
  }

  @Test
  void read_ofWrite_keepsTheExampleTraces_withSpansAsCompactArrays() throws Exception {
    assertThat(ReportJson.read(ReportJson.write(CHECKOUT_WITH_TRACES))).isEqualTo(CHECKOUT_WITH_TRACES);

    JsonNode traces = PLAIN.readTree(ReportJson.write(CHECKOUT_WITH_TRACES)).get("traces");
    assertThat(traces.at("/0/role").asText()).isEqualTo("failing");
    assertThat(traces.at("/0/span_count").asInt()).isEqualTo(5);
    assertThat(traces.at("/0/spans/2").toString()).isEqualTo("[\"checkout\",\"PlaceOrder\",0,12.0,405.2,1,0]");
  }

  @Test
  void write_twoFullSamples_addAFewKilobytes() {
    List<TraceSample.SampleSpan> spans = new java.util.ArrayList<>();
    for (int i = 0; i < TraceSample.MAX_SPANS; i++) {
      spans.add(new TraceSample.SampleSpan("productcatalog", "GET /api/v1/products/{id}", i - 1, 1234.5 + i,
          987.6, i % 7 == 0, i % 7 == 0 ? 503 : 200));
    }
    RcaReport full = CHECKOUT_WITH_SERIES.withTraces(List.of(
        new TraceSample("4bf92f3577b34da6a3ce929d0e0e4736", TraceSample.Role.FAILING, ONSET, 5000.2, 412, spans),
        new TraceSample("00f067aa0ba902b7a3ce929d0e0e4736", TraceSample.Role.NORMAL, ONSET, 900.1, 60, spans)));

    int added = ReportJson.write(full).length - ReportJson.write(CHECKOUT_WITH_SERIES).length;

    System.out.printf("two samples of %d spans add %d bytes to a report%n", TraceSample.MAX_SPANS, added);
    assertThat(added).isLessThan(10_000);
  }

  @Test
  void read_reportStoredBeforeExampleTraces_hasNone() throws Exception {
    ObjectNode old = (ObjectNode) PLAIN.readTree(ReportJson.write(CHECKOUT_WITH_SERIES));
    old.remove("traces");

    assertThat(ReportJson.read(old.toString()).traces()).isEmpty();
    assertThat(ReportJson.read(old.toString())).isEqualTo(CHECKOUT_WITH_SERIES);
  }

  @Test
  void read_malformedSampleSpan_failsAsNotAReport() throws Exception {
    ObjectNode bad = (ObjectNode) PLAIN.readTree(ReportJson.write(CHECKOUT_WITH_TRACES));
    ((ArrayNode) bad.at("/traces/0/spans")).set(0, PLAIN.getNodeFactory().textNode("frontend"));

    assertThatThrownBy(() -> ReportJson.read(bad.toString())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_ofWrite_keepsAModelExplanation() throws Exception {
    RcaReport explained = CHECKOUT_BAD_DEPLOY.withExplanation(new Explanation("POST /checkout fails.",
        "checkout 2.4.0 broke PlaceOrder.", List.of("e1", "e2"), List.of("Roll back checkout to 2.3.9."),
        List.of("Compare 2.4.0 with 2.3.9 (e2)."), Explanation.Source.MODEL, "gpt-4o-mini"));

    String json = ReportJson.writeString(explained);

    assertThat(ReportJson.read(json)).isEqualTo(explained);
    JsonNode node = PLAIN.readTree(json).get("explanation");
    assertThat(node.get("source").asText()).isEqualTo("model");
    assertThat(node.get("likely_cause").asText()).isEqualTo("checkout 2.4.0 broke PlaceOrder.");
    assertThat(node.get("evidence_ids").toString()).isEqualTo("[\"e1\",\"e2\"]");
    assertThat(node.has("next_checks")).isTrue();
  }

  @Test
  void write_isSnakeCaseWithRfc3339TimesAndWireNames() throws Exception {
    JsonNode expected = PLAIN.readTree("""
        {"incident": {"id": "inc-blip-0302", "state": "resolved", "onset": "2026-03-02T11:15:00.123456789Z",
                      "last_seen": "2026-03-02T11:16:00.123456789Z", "resolved": "2026-03-02T11:16:40.123456789Z",
                      "severity": "minor", "symptoms": [], "services": ["cart"]},
         "revision": 1, "analysed_at": "2026-03-02T11:16:40.123456789Z", "verdict": "no-clear-cause",
         "candidates": [], "blast_radius": {"services": ["cart"], "endpoints": []}, "timeline": [],
         "explanation": {"summary": "A one-minute rise in cart latency that no change or dependency explains.",
                         "likely_cause": "No clear cause.", "evidence_ids": [], "mitigations": [],
                         "next_checks": ["Watch cart latency for a repeat."], "source": "template", "model": null},
         "series": null, "traces": []}
        """);

    assertThat(PLAIN.readTree(ReportJson.write(NO_CLEAR_CAUSE))).isEqualTo(expected);
  }

  @Test
  void write_putsNullForNaNFiguresAndMissingValues() throws Exception {
    JsonNode json = PLAIN.readTree(ReportJson.write(CHECKOUT_BAD_DEPLOY));
    JsonNode top = json.at("/candidates/0");

    assertThat(top.get("indicator").asText()).isEqualTo("code-change");
    assertThat(top.get("kind").asText()).isEqualTo("change");
    assertThat(top.at("/features/self_time_ratio").isNull()).isTrue();
    assertThat(top.at("/evidence/0/baseline").isNull()).isTrue();
    assertThat(top.at("/evidence/1/kind").asText()).isEqualTo("error-origin");
    assertThat(top.at("/evidence/1/trace_ids/0").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(json.at("/candidates/1/version").isNull()).isTrue();
    assertThat(json.at("/incident/symptoms/1/expected").isNull()).isTrue();
    assertThat(json.at("/incident/symptoms/0/anomaly_id").asText()).isEqualTo("an-17");
    assertThat(json.at("/incident/resolved").isNull()).isTrue();
    assertThat(json.get("explanation").isNull()).isTrue();
    assertThat(json.has("id")).as("only record components are written").isFalse();
  }

  @Test
  void read_acceptsEnumNamesInAnyCaseWithUnderscores_andIgnoresUnknownFields() {
    String json = new String(ReportJson.write(CHECKOUT_BAD_DEPLOY))
        .replace("\"code-change\"", "\"CODE_CHANGE\"")
        .replace("\"verdict\":\"confident\"", "\"verdict\":\"Confident\",\"added_later\":{\"x\":1}");

    assertThat(ReportJson.read(json)).isEqualTo(CHECKOUT_BAD_DEPLOY);
  }

  @Test
  void read_unknownIndicator_failsNamingTheAcceptedValues() {
    String json = ReportJson.writeString(CHECKOUT_BAD_DEPLOY).replace("\"code-change\"", "\"cosmic-ray\"");

    assertThatThrownBy(() -> ReportJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cosmic-ray")
        .hasMessageContaining("code-change");
  }

  @Test
  void read_missingRequiredField_fails() {
    String json = ReportJson.writeString(NO_CLEAR_CAUSE).replace("\"analysed_at\"", "\"analysed\"");

    assertThatThrownBy(() -> ReportJson.read(json)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_infiniteFigure_survivesAsString() {
    RcaReport report = ReportFixtures.report("inc-inf", 1, ReportFixtures.ONSET, ReportFixtures.ONSET);
    String json = ReportJson.writeString(report).replace("\"error_origin\":0.93", "\"error_origin\":\"Infinity\"");

    assertThat(ReportJson.read(json).candidates().get(0).features().get("error_origin")).isInfinite();
  }

  @Test
  void summary_namesTopCause_orNullWithoutCandidates() {
    JsonNode row = ReportJson.summary(CHECKOUT_BAD_DEPLOY);

    assertThat(row.get("id").asText()).isEqualTo("inc-checkout-0302");
    assertThat(row.get("state").asText()).isEqualTo("open");
    assertThat(row.get("severity").asText()).isEqualTo("critical");
    assertThat(row.get("verdict").asText()).isEqualTo("confident");
    assertThat(row.get("last_seen").asText()).isEqualTo("2026-03-02T10:17:50.123456789Z");
    assertThat(row.get("services").toString()).isEqualTo("[\"checkout\",\"frontend\"]");
    assertThat(row.at("/top_cause/service").asText()).isEqualTo("checkout");
    assertThat(row.at("/top_cause/indicator").asText()).isEqualTo("code-change");
    assertThat(row.at("/top_cause/confidence").asDouble()).isEqualTo(0.87);
    assertThat(ReportJson.summary(NO_CLEAR_CAUSE).get("top_cause").isNull()).isTrue();
  }
}
