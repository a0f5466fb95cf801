package dev.rootline.app.k8s;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules name only series the running application exports, with the label values and
 * grouping labels they use, from the start: an alert on a misspelt metric, a label Rootline does not
 * set or a counter that appears only at its first event would never fire (in PromQL a series that
 * appears at 1 has not increased). The application runs with notification channels configured, as
 * a production one does.
 */
@QuarkusTest
@TestProfile(AlertRulesIT.WithAChannel.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class AlertRulesIT {
  /** A series selector: a metric name and, optionally, its label matchers. */
  private static final Pattern SELECTOR = Pattern.compile("(rootline_[a-z0-9_]+)(\\{([^}]*)})?");
  private static final Pattern MATCHER = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");
  private static final Pattern BY = Pattern.compile("by \\(([^)]*)\\)");

  /** One webhook channel, as a production deployment has channels (nothing is sent to it here). */
  public static class WithAChannel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rootline.notify.channels.hook.type", "webhook",
          "rootline.notify.channels.hook.url", "http://127.0.0.1:9/rootline",
          "ROOTLINE_WEBHOOK_SECRET", "hook-secret-for-tests");
    }
  }

  @Test
  void everySeriesAnAlertAsksFor_isExportedFromTheStart() {
    List<String> exprs = exprs(Overlay.render("prod"));
    assertThat(exprs).hasSizeGreaterThanOrEqualTo(9);
    // Beans that tick (the notifier, the consumer probe) register their series at their first tick,
    // a second after the start; nothing here makes an event happen.
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> exported(exprs));
  }

  private static void exported(List<String> exprs) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    List<String> samples = metrics.lines().filter(line -> !line.startsWith("#")).toList();
    for (String expr : exprs) {
      Matcher selector = SELECTOR.matcher(expr);
      assertThat(selector.find()).as("a rootline_ series in %s", expr).isTrue();
      do {
        String name = selector.group(1);
        List<String> labels = new ArrayList<>();
        Matcher matcher = MATCHER.matcher(selector.group(3) == null ? "" : selector.group(3));
        while (matcher.find()) {
          labels.add(matcher.group(1) + "=\"" + matcher.group(2) + "\"");
        }
        assertThat(samples.stream().anyMatch(sample -> isOf(sample, name) && labels.stream().allMatch(sample::contains)))
            .as("a sample of %s with %s, as %s asks", name, labels, expr).isTrue();
      } while (selector.find());
      // "sum by (label) (... series ...)": the series carries the label.
      Matcher by = BY.matcher(expr);
      while (by.find()) {
        Matcher grouped = SELECTOR.matcher(expr);
        assertThat(grouped.find(by.end())).as("a series grouped in %s", expr).isTrue();
        for (String label : by.group(1).split(",")) {
          assertThat(samples.stream().anyMatch(sample -> isOf(sample, grouped.group(1))
              && sample.contains(label.trim() + "=\"")))
              .as("%s carries the label %s, as %s groups by it", grouped.group(1), label, expr).isTrue();
        }
      }
    }
  }

  private static boolean isOf(String sample, String name) {
    return sample.startsWith(name + "{") || sample.startsWith(name + " ");
  }

  private static List<String> exprs(Overlay overlay) {
    return Overlay.alertRules(overlay.alertGroups()).stream().map(rule -> rule.path("expr").asText()).toList();
  }
}
