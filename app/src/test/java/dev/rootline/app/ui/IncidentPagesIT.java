package dev.rootline.app.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /incidents} and {@code /incidents/{id}} as HTML: what they say, and what they never let through. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class IncidentPagesIT {
  private static final Instant T0 = Instant.parse("2093-01-01T00:00:00Z");

  @Inject
  ReportStore reports;

  @Test
  void list_showsSeverityEntryServicesTopCauseAndLabelStatus() {
    reports.save(ReportFixtures.report("inc-page-list", 1, T0, T0.plusSeconds(60)));

    String html = given().get("/incidents").then().statusCode(200).contentType("text/html").extract().asString();

    assertThat(html).contains("/incidents/inc-page-list", "critical", "checkout (code-change)", "87%", "unlabelled")
        .contains("<td>frontend</td>"); // the entry service hurt, from the entry symptom
  }

  @Test
  void incident_showsCausesEvidenceBlastRadiusTimelineAndTheReportForTheDrawings() {
    RcaReport report = ReportFixtures.report("inc-page-one", 1, T0, T0.plusSeconds(60))
        .withSeries(ReportFixtures.CHECKOUT_WITH_SERIES.series())
        .withExplanation(ReportFixtures.NO_CLEAR_CAUSE.explanation());
    reports.save(report);

    String html = given().get("/incidents/{id}", "inc-page-one").then().statusCode(200).extract().asString();

    assertThat(html).contains("checkout 2.4.0 was deployed 40 s before errors began in its own spans",
        "19% of PlaceOrder spans fail in checkout itself", "4bf92f3577b34da6a3ce929d0e0e4736",
        "postgres-orders", "POST /checkout", "checkout 2.4.0 deployed", "Watch cart latency for a repeat.",
        "id=\"report-data\"", "id=\"confirm-top\"");
    Matcher script = Pattern.compile("<script src=\"(/_static/echarts/[^\"]+)\"").matcher(html);
    assertThat(script.find()).isTrue();
    given().get(script.group(1)).then().statusCode(200).body(containsString("echarts"));
    given().get("/ui/incident.js").then().statusCode(200);
  }

  @Test
  void incident_escapesWhatTheReportSays_inTheHtmlAndInTheEmbeddedJson() {
    RcaReport base = ReportFixtures.report("inc-page-escape", 1, T0, T0.plusSeconds(60));
    Candidate evil = new Candidate(Candidate.Kind.SERVICE, "checkout", null, Indicator.ERRORS, 1, 0.5,
        "</script><img src=x onerror=alert(1)>", Map.of(), List.of());
    reports.save(new RcaReport(base.incident(), 1, base.analysedAt(), base.verdict(), List.of(evil),
        base.blastRadius(), base.timeline(), null));

    String html = given().get("/incidents/{id}", "inc-page-escape").then().statusCode(200).extract().asString();

    assertThat(html).doesNotContain("<img src=x").doesNotContain("</script><img")
        .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void incident_listsTheLogTemplatesThatAreNewOrSpiking() {
    RcaReport base = ReportFixtures.report("inc-page-logs", 1, T0, T0.plusSeconds(60));
    Evidence template = new Evidence("e9", Evidence.Kind.LOG_TEMPLATE, "checkout",
        "PlaceOrder failed: <*> not found in <*>", 0, 42, "per minute", "a new log template in checkout", List.of());
    Candidate top = base.candidates().get(0);
    Candidate withLogs = new Candidate(top.kind(), top.service(), top.version(), top.indicator(), top.score(),
        top.confidence(), top.reason(), top.features(), List.of(template));
    reports.save(new RcaReport(base.incident(), 1, base.analysedAt(), base.verdict(), List.of(withLogs),
        base.blastRadius(), base.timeline(), null));

    String html = given().get("/incidents/{id}", "inc-page-logs").then().statusCode(200).extract().asString();

    assertThat(html).contains("id=\"log-templates\"", "PlaceOrder failed: &lt;*&gt; not found in &lt;*&gt;",
        "a new log template in checkout", "42.0 per minute");
  }

  @Test
  void incident_labelFormStartsOnTheTopRankedCause_notTheAlphabeticallyFirstService() {
    RcaReport base = ReportFixtures.report("inc-page-menu", 1, T0, T0.plusSeconds(60));
    List<Candidate> reversed = List.of(base.candidates().get(1), base.candidates().get(0)); // postgres-orders first
    reports.save(new RcaReport(base.incident(), 1, base.analysedAt(), base.verdict(), reversed,
        base.blastRadius(), base.timeline(), null));

    String html = given().get("/incidents/{id}", "inc-page-menu").then().statusCode(200).extract().asString();

    assertThat(html).contains("<option value=\"postgres-orders\" selected>", "<option value=\"latency\" selected>",
        "<option value=\"checkout\">", "<option value=\"\">kind: not sure</option>");
    assertThat(html.indexOf("<option value=\"postgres-orders\"")).as("ranked causes first")
        .isLessThan(html.indexOf("<option value=\"checkout\""));
  }

  @Test
  void unknownIncident_is404() {
    given().get("/incidents/{id}", "inc-page-never").then().statusCode(404).contentType("text/html")
        .body(containsString("inc-page-never"));
  }

  @Test
  void list_putsOpenIncidentsFirst() {
    RcaReport open = ReportFixtures.report("inc-page-open-old", 1, T0.minusSeconds(7200), T0.plusSeconds(120));
    RcaReport closed = ReportFixtures.report("inc-page-resolved-new", 1, T0.plusSeconds(3600), T0.plusSeconds(3700));
    Incident c = closed.incident();
    reports.save(open);
    reports.save(new RcaReport(new Incident(c.id(), Incident.State.RESOLVED, c.onset(), c.lastSeen(),
        c.lastSeen(), c.severity(), c.symptoms(), c.services()), 1, closed.analysedAt(), closed.verdict(),
        closed.candidates(), closed.blastRadius(), closed.timeline(), null));

    String html = given().get("/incidents").then().statusCode(200).extract().asString();

    assertThat(html.indexOf("inc-page-open-old")).isLessThan(html.indexOf("inc-page-resolved-new"));
  }
}
