package dev.rootline.app;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one figure from Rootline's Prometheus endpoint, for tests that assert counters. */
public final class PrometheusText {
  private PrometheusText() {}

  /**
   * The value of the sample {@code name} whose labels contain every {@code label="value"} pair
   * given, or 0 when it is not exported yet.
   */
  public static double value(String name, String... labelPairs) {
    return sample(given().get("/q/metrics").then().statusCode(200).extract().asString(), name, labelPairs);
  }

  /** As {@link #value}, read from the text of a Prometheus endpoint already fetched. */
  public static double sample(String metrics, String name, String... labelPairs) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? (\\S+)").matcher(metrics);
    while (m.find()) {
      String labels = m.group(1) == null ? "" : m.group(1);
      boolean all = true;
      for (int i = 0; i + 1 < labelPairs.length; i += 2) {
        all &= labels.contains(labelPairs[i] + "=\"" + labelPairs[i + 1] + "\"");
      }
      if (all) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }

  /** {@code rootline_ingest_records_total} for a signal and outcome. */
  public static double records(String signal, String outcome) {
    return value("rootline_ingest_records_total", "signal", signal, "outcome", outcome);
  }
}
