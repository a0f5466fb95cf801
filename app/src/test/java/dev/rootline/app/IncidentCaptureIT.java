package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.capture.CaptureSignal;
import dev.rootline.app.capture.CaptureStore;
import dev.rootline.app.capture.ExportLabelledMain;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The running service keeps the telemetry its consumers read around an incident it stored a report
 * for, and {@code export-labelled} writes it out once a person labelled the incident through the API.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class IncidentCaptureIT {
  @Inject
  ReportSink sink;

  @Inject
  CaptureStore captures;

  @ConfigProperty(name = "rootline.store.url")
  String storeUrl;

  @Test
  void reportedIncident_keepsItsTelemetry_andExportsItOnceLabelled() throws Exception {
    String caller = "capture-" + UUID.randomUUID().toString().substring(0, 8);
    long now = System.currentTimeMillis();
    for (int s = 50; s >= 20; s -= 5) {
      TestKafka.send("otlp_spans", null, OtlpFixtures.callTrace(caller, "db", (now - s * 1000L) * 1_000_000, s < 30)
          .toByteArray());
    }
    TestKafka.send("otlp_logs", null, OtlpFixtures.logExport(caller, (now - 25_000L) * 1_000_000, true).toByteArray());
    TestKafka.send("otlp_spans", null, OtlpFixtures.callTrace(caller, "db", now * 1_000_000, false).toByteArray());
    RcaReport report = ReportFixtures.report("inc-capture-" + caller, 1, Instant.ofEpochMilli(now - 30_000),
        Instant.ofEpochMilli(now));

    sink.accept(report);

    await().atMost(Duration.ofSeconds(30)).until(() -> captures.chunks(report.id()).stream()
        .anyMatch(c -> c.signal() == CaptureSignal.SPANS && c.items() >= 21));
    given().contentType(ContentType.JSON).body(Map.of("service", "checkout", "note", "token=abc123def456ghi789"))
        .post("/api/incidents/{id}/label", report.id()).then().statusCode(201);
    Path set = Files.createTempDirectory("rootline-export");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = ExportLabelledMain.run(new String[] {"--out", set.toString(), "--store-url", storeUrl}, Map.of(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    Path exported = set.resolve(report.id());
    assertThat(Files.readString(exported.resolve("label.json"))).contains("\"service\" : \"checkout\"")
        .doesNotContain("abc123def456ghi789");
    assertThat(Files.readString(exported.resolve("spans.jsonl"))).contains(caller);
    assertThat(Files.readString(exported.resolve("logs.jsonl"))).contains(caller);
  }
}
