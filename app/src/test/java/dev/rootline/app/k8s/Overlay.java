package dev.rootline.app.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rendered overlay of k8s/, with the questions the manifest tests ask of it: a resource by kind
 * and name, Rootline's container, and the environment that container gets.
 */
record Overlay(String name, List<ObjectNode> resources) {
  /** k8s/ beside the app module, where Maven runs the tests. */
  static final Path K8S = Path.of(System.getProperty("user.dir")).resolveSibling("k8s");

  static Overlay render(String name) {
    return new Overlay(name, KustomizeSubset.render(K8S.resolve("overlays").resolve(name)));
  }

  List<ObjectNode> all(String kind) {
    return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
  }

  ObjectNode one(String kind, String resourceName) {
    return all(kind).stream().filter(r -> r.path("metadata").path("name").asText().equals(resourceName))
        .findFirst().orElseThrow(() -> new AssertionError(name + ": no " + kind + " " + resourceName));
  }

  ObjectNode only(String kind) {
    List<ObjectNode> found = all(kind);
    if (found.size() != 1) {
      throw new AssertionError(name + ": expected one " + kind + ", found " + found.size());
    }
    return found.get(0);
  }

  JsonNode podSpec() {
    return one("Deployment", "rootline").path("spec").path("template").path("spec");
  }

  JsonNode container() {
    return podSpec().path("containers").get(0);
  }

  /**
   * Every variable the container gets, by name: a ConfigMap value as text, an {@code env} entry as
   * written (with {@code value} or {@code valueFrom}). An {@code env} entry wins over the ConfigMap.
   */
  Map<String, JsonNode> env() {
    Map<String, JsonNode> env = new LinkedHashMap<>();
    for (JsonNode source : container().path("envFrom")) {
      one("ConfigMap", source.path("configMapRef").path("name").asText()).path("data").fields()
          .forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue()));
    }
    for (JsonNode entry : container().path("env")) {
      env.put(entry.path("name").asText(), entry);
    }
    return env;
  }

  /** A plain (not secret) setting of the container, or null when it is not set or comes from a Secret. */
  String setting(String variable) {
    JsonNode value = env().get(variable);
    if (value instanceof TextNode text) {
      return text.asText();
    }
    return value != null && value.has("value") ? value.get("value").asText() : null;
  }

  /** The rule groups of the overlay's one PrometheusRule: a copy, which callers may change. */
  JsonNode alertGroups() {
    return only("PrometheusRule").path("spec").path("groups").deepCopy();
  }

  /** Every rule of these groups, in order. */
  static List<ObjectNode> alertRules(JsonNode groups) {
    List<ObjectNode> rules = new ArrayList<>();
    groups.forEach(group -> group.path("rules").forEach(rule -> rules.add((ObjectNode) rule)));
    return rules;
  }

  /** The KafkaTopic whose topic is {@code topic}. */
  ObjectNode topic(String topic) {
    return all("KafkaTopic").stream()
        .filter(t -> t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText()).equals(topic))
        .findFirst().orElseThrow(() -> new AssertionError(name + ": no KafkaTopic for topic " + topic));
  }

  static int partitions(ObjectNode topic) {
    return topic.path("spec").path("partitions").asInt();
  }

  static String topicConfig(ObjectNode topic, String key) {
    JsonNode value = topic.path("spec").path("config").get(key);
    return value == null ? null : value.asText();
  }
}
