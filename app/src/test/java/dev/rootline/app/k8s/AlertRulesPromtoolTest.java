package dev.rootline.app.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PrometheusRule's alerts run in Prometheus' own rule engine: {@code promtool check rules}
 * parses them and {@code promtool test rules} plays the scenarios of
 * {@code k8s/alert-rules.test.yaml} (test resources) against them, minute by minute. AlertRulesIT
 * holds the series they name to the ones Rootline exports; this holds each expression, its
 * {@code for} and its templates to what the alert's name promises: it fires in its scenario, not a
 * minute before, and not on the series beside it.
 *
 * <p>Needs {@code promtool} on the PATH ({@code .ci/run} installs it from Debian's prometheus
 * package); skipped without it.
 */
class AlertRulesPromtoolTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern LABEL_TEMPLATE = Pattern.compile("\\{\\{\\s*\\$labels\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private static final Path PROMTOOL = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
      .map(entry -> Path.of(entry, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);

  @TempDir Path dir;

  @BeforeEach
  void needsPromtool() {
    assumeTrue(PROMTOOL != null, "the alert-rule tests need promtool on the PATH "
        + "(usr/bin/promtool of Debian's prometheus package; .ci/run installs it)");
  }

  @Test
  void theRulesParse() throws IOException {
    Path rules = writeRules(ruleGroups());
    assertThat(promtoolSucceeds("check", "rules", rules.toString())).contains("SUCCESS");
  }

  @Test
  void everyAlertFiresInItsScenarioAndNotBefore() throws IOException {
    JsonNode groups = ruleGroups();
    ObjectNode tests = scenarios();
    Set<String> firing = new HashSet<>();
    Set<String> quiet = new HashSet<>();
    for (JsonNode test : tests.path("tests")) {
      for (JsonNode check : test.path("alert_rule_test")) {
        (check.path("exp_alerts").isEmpty() ? quiet : firing).add(check.path("alertname").asText());
      }
    }
    assertThat(firing).as("alerts some scenario expects to fire").isEqualTo(alertNames(groups));
    assertThat(quiet).as("alerts some scenario expects to stay quiet").isEqualTo(alertNames(groups));

    writeRules(groups);
    assertThat(promtoolSucceeds("test", "rules", writeScenarios(tests, groups).toString())).contains("SUCCESS");
  }

  /** The scenarios can fail: an alert that looks back 5 minutes instead of 15 fires too early. */
  @Test
  void aRuleThatSaysOtherwiseFailsItsScenario() throws IOException {
    JsonNode groups = ruleGroups();
    ObjectNode behind = rule(groups, "RootlineConsumerBehind");
    String expr = behind.path("expr").asText();
    assertThat(expr).contains("[15m]");
    behind.put("expr", expr.replace("[15m]", "[5m]"));

    writeRules(groups);
    Path scenarios = writeScenarios(scenarios(), groups);
    ProcessResult result = promtool("test", "rules", scenarios.toString());
    assertThat(result.exitCode()).as(result.output()).isNotZero();
    assertThat(result.output()).contains("RootlineConsumerBehind").contains("FAILED");
  }

  private static JsonNode ruleGroups() {
    return Overlay.render("prod").alertGroups();
  }

  private static Set<String> alertNames(JsonNode groups) {
    return Overlay.alertRules(groups).stream().map(rule -> rule.path("alert").asText()).collect(Collectors.toSet());
  }

  private static ObjectNode rule(JsonNode groups, String alert) {
    return Overlay.alertRules(groups).stream().filter(rule -> rule.path("alert").asText().equals(alert))
        .findFirst().orElseThrow(() -> new AssertionError("no alert " + alert + " in the PrometheusRule"));
  }

  private static ObjectNode scenarios() throws IOException {
    try (InputStream in = AlertRulesPromtoolTest.class.getResourceAsStream("/k8s/alert-rules.test.yaml")) {
      return (ObjectNode) YAML.readTree(Objects.requireNonNull(in, "k8s/alert-rules.test.yaml on the test classpath"));
    }
  }

  private Path writeRules(JsonNode groups) throws IOException {
    Path rules = dir.resolve("rules.yaml");
    YAML.writeValue(rules.toFile(), Map.of("groups", groups));
    return rules;
  }

  /**
   * The scenarios with each expected alert's annotations filled in: promtool compares annotations
   * whole, so they are the rule's own with every {@code {{ $labels.x }}} replaced by the label x
   * the scenario expects. A template naming a label the alert does not carry fails here.
   */
  private Path writeScenarios(ObjectNode tests, JsonNode groups) throws IOException {
    for (JsonNode test : tests.path("tests")) {
      for (JsonNode check : test.path("alert_rule_test")) {
        JsonNode annotations = rule(groups, check.path("alertname").asText()).path("annotations");
        for (JsonNode expected : check.path("exp_alerts")) {
          Map<String, String> labels = YAML.convertValue(expected.path("exp_labels"), Map.class);
          ObjectNode expanded = ((ObjectNode) expected).putObject("exp_annotations");
          annotations.fields().forEachRemaining(annotation ->
              expanded.put(annotation.getKey(), expand(annotation.getValue().asText(), labels)));
        }
      }
    }
    Path scenarios = dir.resolve("alert-rules.test.yaml");
    YAML.writeValue(scenarios.toFile(), tests);
    return scenarios;
  }

  private static String expand(String template, Map<String, String> labels) {
    Matcher matcher = LABEL_TEMPLATE.matcher(template);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      String label = matcher.group(1);
      assertThat(labels).as("the expected alert carries the label that \"%s\" names", template).containsKey(label);
      matcher.appendReplacement(expanded, Matcher.quoteReplacement(labels.get(label)));
    }
    matcher.appendTail(expanded);
    assertThat(expanded.toString()).as("only {{ $labels.x }} templates are expanded here").doesNotContain("{{");
    return expanded.toString();
  }

  private String promtoolSucceeds(String... args) {
    ProcessResult result = promtool(args);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output();
  }

  private record ProcessResult(int exitCode, String output) {}

  private ProcessResult promtool(String... args) {
    List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
    command.addAll(List.of(args));
    Path output = dir.resolve("promtool.out");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not end within 60 s");
      }
      return new ProcessResult(process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new AssertionError("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
