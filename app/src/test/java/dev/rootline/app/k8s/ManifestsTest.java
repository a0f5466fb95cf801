package dev.rootline.app.k8s;

import static dev.rootline.app.k8s.Overlay.partitions;
import static dev.rootline.app.k8s.Overlay.topicConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rootline.app.notify.ChannelType;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders every overlay of k8s/ with {@link KustomizeSubset}, validates each resource against the
 * Kubernetes API schemas, and checks the manifests against the application: the environment sets
 * only keys Rootline reads, ports and probe paths are the ones it serves, every topic it uses exists
 * with the partitions, retention and compaction it needs, the Collector writes what it reads, and
 * no secret value is committed.
 */
class ManifestsTest {
  private static final List<Overlay> OVERLAYS = List.of(Overlay.render("dev"), Overlay.render("prod"));
  private static final AppConfigKeys APP = new AppConfigKeys();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
  /** Read by the JVM, not by Rootline's configuration. */
  private static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS");
  /**
   * Secrets the application reads from variables named by its configuration rather than through a
   * config key: each notification channel type's default, and the Slack app's signing secret.
   */
  private static final Set<String> SECRET_ENV = Stream.concat(
      Arrays.stream(ChannelType.values()).map(ChannelType::secretEnv),
      Stream.of("ROOTLINE_SLACK_SIGNING_SECRET")).collect(Collectors.toUnmodifiableSet());
  private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|SECRET|API_KEY|ROUTING_KEY|WEBHOOK).*");
  /** Shapes of real credentials that must never appear in k8s/. */
  private static final Pattern SECRET_VALUE = Pattern.compile(
      "xox[abposr]-|hooks\\.slack\\.com/services/T|sk-[A-Za-z0-9_-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY|"
          + "(?i)password=[^\\s;&\"]+|AKIA[0-9A-Z]{16}");

  @Test
  void overlays_renderEveryResourceIntoTheirNamespace() {
    for (Overlay overlay : OVERLAYS) {
      assertThat(overlay.resources()).extracting(r -> r.path("kind").asText()).contains("Deployment", "Service",
          "ConfigMap", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ServiceMonitor",
          "PrometheusRule", "Kafka", "KafkaNodePool", "KafkaTopic");
      assertThat(overlay.resources()).allSatisfy(r -> {
        assertThat(r.path("metadata").path("namespace").asText()).as("namespace").isNotEmpty();
        assertThat(r.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("rootline");
      });
    }
  }

  @Test
  void everyResource_fitsItsKubernetesApiSchema() {
    for (Overlay overlay : OVERLAYS) {
      for (ObjectNode resource : overlay.resources()) {
        assertThat(ManifestSchemas.read(resource)).as(overlay.name()).isNotNull();
        assertThat(resource.path("metadata").path("name").asText()).as("a Kubernetes name").matches(DNS_SUBDOMAIN);
      }
    }
  }

  @Test
  void schemaCheck_rejectsMisspeltAndMisplacedFields() {
    Overlay dev = OVERLAYS.get(0);
    ObjectNode deployment = dev.one("Deployment", "rootline").deepCopy();
    ObjectNode container = (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    container.set("readinesProbe", container.remove("readinessProbe"));
    ObjectNode topic = dev.topic("otlp_spans").deepCopy();
    ((ObjectNode) topic.get("spec")).set("partitons", ((ObjectNode) topic.get("spec")).remove("partitions"));
    ObjectNode pool = dev.only("KafkaNodePool").deepCopy();
    ((ObjectNode) pool.path("spec").path("storage")).put("size", "1Gi"); // ephemeral storage has no size

    for (ObjectNode broken : List.of(deployment, topic, pool)) {
      assertThatThrownBy(() -> ManifestSchemas.read(broken)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not fit its schema");
    }
  }

  @Test
  void deploymentEnv_setsOnlyKeysTheAppReads() {
    for (Overlay overlay : OVERLAYS) {
      assertThat(overlay.env().keySet()).as(overlay.name()).allSatisfy(name ->
          assertThat(APP.readsEnv(name) || JVM_ENV.contains(name) || SECRET_ENV.contains(name))
              .as("%s sets a key the application reads", name).isTrue());
    }
  }

  @Test
  void deploymentEnv_passesEveryChannelSecretFromTheSecret() {
    for (Overlay overlay : OVERLAYS) {
      assertThat(overlay.env().keySet()).as(overlay.name()).containsAll(SECRET_ENV).contains("ROOTLINE_LLM_API_KEY");
    }
  }

  @Test
  void containerPort_isTheAppsHttpPortAndServesTheService() {
    int httpPort = Integer.parseInt(APP.defaultOf("quarkus.http.port"));
    for (Overlay overlay : OVERLAYS) {
      JsonNode port = overlay.container().path("ports").get(0);
      assertThat(port.path("containerPort").asInt()).isEqualTo(httpPort);
      assertThat(overlay.env()).doesNotContainKeys("ROOTLINE_HTTP_PORT", "QUARKUS_HTTP_PORT");
      JsonNode service = overlay.one("Service", "rootline").path("spec");
      assertThat(service.path("ports").findValuesAsText("targetPort")).containsOnly(port.path("name").asText());
    }
  }

  @Test
  void probes_callTheHealthAndMetricsPathsTheAppServes() {
    assertThat(onClasspath("io.smallrye.health.SmallRyeHealthReporter")).as("quarkus-smallrye-health").isTrue();
    assertThat(onClasspath("io.micrometer.prometheus.PrometheusMeterRegistry")
        || onClasspath("io.micrometer.prometheusmetrics.PrometheusMeterRegistry")).as("a Prometheus registry").isTrue();
    String root = "/" + orDefault(APP.property("quarkus.http.non-application-root-path"), "q");
    String health = root + "/" + orDefault(APP.property("quarkus.smallrye-health.root-path"), "health");
    for (Overlay overlay : OVERLAYS) {
      JsonNode container = overlay.container();
      assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo(health + "/ready");
      assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo(health + "/live");
      assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo(health + "/started");
      assertThat(container.findValuesAsText("port")).containsOnly(container.path("ports").get(0).path("name").asText());
      JsonNode endpoint = overlay.only("ServiceMonitor").path("spec").path("endpoints").get(0);
      assertThat(endpoint.path("path").asText())
          .isEqualTo(root + "/" + orDefault(APP.property("quarkus.micrometer.export.prometheus.path"), "metrics"));
    }
  }

  @Test
  void topics_existForEveryTopicTheAppUsesAndNoOther() {
    for (Overlay overlay : OVERLAYS) {
      List<String> used = new ArrayList<>(topicsUsed(overlay).values());
      used.add(changelog(overlay));
      assertThat(overlay.all("KafkaTopic")).extracting(t -> t.path("spec").path("topicName").asText())
          .containsExactlyInAnyOrderElementsOf(used);
      String cluster = overlay.only("Kafka").path("metadata").path("name").asText();
      assertThat(overlay.all("KafkaTopic")).allSatisfy(t -> {
        assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(cluster);
        assertThat(partitions(t)).isPositive();
      });
    }
  }

  @Test
  void stateTopics_areCompactedWithThePartitionsOfTheirSource() {
    for (Overlay overlay : OVERLAYS) {
      Map<String, String> topics = topicsUsed(overlay);
      ObjectNode windows = overlay.topic(topics.get("windows"));
      ObjectNode changelog = overlay.topic(changelog(overlay));
      assertThat(topicConfig(changelog, "cleanup.policy")).isEqualTo("compact");
      assertThat(partitions(changelog)).isEqualTo(partitions(windows));
      assertThat(topicConfig(overlay.topic(topics.get("reports")), "cleanup.policy")).isEqualTo("compact");
      int created = Integer.parseInt(orDefault(overlay.setting("ROOTLINE_ANOMALY_PARTITIONS"),
          APP.mappingDefault("rootline.anomaly.partitions")));
      assertThat(partitions(windows)).isEqualTo(created);
      assertThat(partitions(overlay.topic(topics.get("anomalies")))).isEqualTo(created);
      // Kafka elects the reporting replica by assigning this topic's only partition.
      assertThat(partitions(overlay.topic(topics.get("rca-leader")))).isEqualTo(1);
      for (String input : List.of("spans", "metrics", "logs", "deploys", "windows", "anomalies", "dlq")) {
        ObjectNode topic = overlay.topic(topics.get(input));
        assertThat(topicConfig(topic, "cleanup.policy")).as(input).isEqualTo("delete");
        assertThat(Long.parseLong(topicConfig(topic, "retention.ms"))).as(input).isPositive();
      }
    }
  }

  @Test
  void recordSizes_fitFromTheCollectorThroughRootlineToTheDeadLetterTopic() throws IOException {
    for (Overlay overlay : OVERLAYS) {
      Map<String, String> topics = topicsUsed(overlay);
      long rootlineMax = Long.parseLong(orDefault(overlay.setting("ROOTLINE_INGEST_MAX_RECORD_BYTES"),
          APP.mappingDefault("rootline.ingest.max-record-bytes")));
      long dlqMax = Long.parseLong(topicConfig(overlay.topic(topics.get("dlq")), "max.message.bytes"));
      long collectorMax = collector(overlay).path("exporters").path("kafka").path("producer").path("max_message_bytes").asLong();
      for (String input : List.of("spans", "metrics", "logs")) {
        long topicMax = Long.parseLong(topicConfig(overlay.topic(topics.get(input)), "max.message.bytes"));
        assertThat(collectorMax).as("Collector record size vs " + input).isLessThanOrEqualTo(topicMax);
        assertThat(topicMax).as(input + " vs Rootline's limit").isLessThanOrEqualTo(rootlineMax);
        assertThat(topicMax).as(input + " vs the dead-letter topic, which adds headers").isLessThan(dlqMax);
      }
    }
  }

  @Test
  void collectorConfig_writesWhatRootlineReads() throws IOException {
    for (Overlay overlay : OVERLAYS) {
      JsonNode config = collector(overlay);
      JsonNode kafka = config.path("exporters").path("kafka");
      Map<String, String> topics = topicsUsed(overlay);
      String encoding = orDefault(overlay.setting("ROOTLINE_INGEST_ENCODING"), APP.mappingDefault("rootline.ingest.encoding"));
      assertThat(kafka.path("partition_traces_by_id").asBoolean()).isTrue();
      assertThat(kafka.path("partition_metrics_by_resource_attributes").asBoolean()).isTrue();
      assertThat(kafka.path("partition_logs_by_resource_attributes").asBoolean()).isTrue();
      assertThat(kafka.path("brokers").get(0).asText()).isEqualTo(overlay.setting("KAFKA_BOOTSTRAP_SERVERS"));
      for (String[] signal : new String[][] {{"traces", "spans"}, {"metrics", "metrics"}, {"logs", "logs"}}) {
        assertThat(kafka.path(signal[0]).path("topic").asText()).isEqualTo(topics.get(signal[1]));
        assertThat(kafka.path(signal[0]).path("encoding").asText()).isEqualTo(encoding);
        List<String> exporters = new ArrayList<>();
        config.path("service").path("pipelines").path(signal[0]).path("exporters").forEach(e -> exporters.add(e.asText()));
        assertThat(exporters).as(signal[0] + " pipeline").contains("kafka");
      }
    }
  }

  @Test
  void bootstrapServers_nameTheStrimziClustersPlainListener() {
    for (Overlay overlay : OVERLAYS) {
      ObjectNode kafka = overlay.only("Kafka");
      JsonNode plain = null;
      for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
        plain = !listener.path("tls").asBoolean() ? listener : plain;
      }
      assertThat(plain).as("a listener without TLS").isNotNull();
      assertThat(overlay.setting("KAFKA_BOOTSTRAP_SERVERS"))
          .isEqualTo(kafka.path("metadata").path("name").asText() + "-kafka-bootstrap:" + plain.path("port").asInt());
    }
  }

  @Test
  void kafka_runsKraftOnNodePoolsWithReplicationItsBrokersCanHold() {
    for (Overlay overlay : OVERLAYS) {
      ObjectNode kafka = overlay.only("Kafka");
      JsonNode spec = kafka.path("spec");
      assertThat(spec.has("zookeeper")).isFalse();
      assertThat(spec.path("kafka").has("replicas") || spec.path("kafka").has("storage"))
          .as("nodes and storage belong to KafkaNodePools").isFalse();
      assertThat(spec.path("entityOperator").has("topicOperator")).as("KafkaTopics need the topic operator").isTrue();
      assertThat(spec.has("kafkaExporter")).as("consumer lag for the autoscaler").isTrue();
      int brokers = 0;
      Set<String> roles = new HashSet<>();
      for (ObjectNode pool : overlay.all("KafkaNodePool")) {
        assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText())
            .isEqualTo(kafka.path("metadata").path("name").asText());
        pool.path("spec").path("roles").forEach(role -> roles.add(role.asText()));
        brokers += pool.path("spec").path("roles").toString().contains("broker") ? pool.path("spec").path("replicas").asInt() : 0;
      }
      assertThat(roles).contains("controller", "broker");
      JsonNode config = spec.path("kafka").path("config");
      int replication = config.path("default.replication.factor").asInt();
      assertThat(replication).isBetween(1, brokers);
      assertThat(config.path("offsets.topic.replication.factor").asInt()).isBetween(1, brokers);
      assertThat(config.path("min.insync.replicas").asInt()).isLessThanOrEqualTo(Math.max(1, replication - 1));
    }
  }

  @Test
  void autoscaler_staysWithinThePartitionsAndSelectorsMatchThePods() {
    for (Overlay overlay : OVERLAYS) {
      JsonNode hpa = overlay.only("HorizontalPodAutoscaler").path("spec");
      assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo("rootline");
      assertThat(hpa.path("minReplicas").asInt()).isBetween(1, hpa.path("maxReplicas").asInt());
      assertThat(hpa.path("maxReplicas").asInt()).isLessThanOrEqualTo(partitions(overlay.topic(topicsUsed(overlay).get("spans"))));
      assertThat(hpa.path("metrics").findValuesAsText("name")).contains("cpu");
      assertThat(overlay.container().path("resources").path("requests").has("cpu")).as("CPU scaling needs a request").isTrue();

      Map<String, String> podLabels = labels(overlay.one("Deployment", "rootline").path("spec").path("template").path("metadata").path("labels"));
      assertThat(podLabels).containsAllEntriesOf(labels(overlay.one("Deployment", "rootline").path("spec").path("selector").path("matchLabels")));
      assertThat(podLabels).containsAllEntriesOf(labels(overlay.one("Service", "rootline").path("spec").path("selector")));
      assertThat(podLabels).containsAllEntriesOf(labels(overlay.only("PodDisruptionBudget").path("spec").path("selector").path("matchLabels")));
      ObjectNode service = overlay.one("Service", "rootline");
      JsonNode monitor = overlay.only("ServiceMonitor").path("spec");
      assertThat(labels(service.path("metadata").path("labels"))).containsAllEntriesOf(labels(monitor.path("selector").path("matchLabels")));
      assertThat(service.path("spec").path("ports").findValuesAsText("name")).contains(monitor.path("endpoints").get(0).path("port").asText());
    }
  }

  @Test
  void deployment_runsAsNonRootWithResourcesAndWritableStatePaths() {
    for (Overlay overlay : OVERLAYS) {
      JsonNode pod = overlay.podSpec();
      JsonNode container = overlay.container();
      assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
      assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
      assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
      assertThat(container.path("securityContext").path("capabilities").path("drop").toString()).contains("ALL");
      JsonNode resources = container.path("resources");
      for (String resource : List.of("cpu", "memory")) {
        assertThat(resources.path("requests").has(resource)).as("request " + resource).isTrue();
        assertThat(resources.path("limits").has(resource)).as("limit " + resource).isTrue();
      }
      assertThat(quantity(resources.path("limits").path("memory"))).isEqualTo(quantity(resources.path("requests").path("memory")));
      assertThat(container.path("image").asText()).matches("[^:]+:[^:]+").doesNotEndWith(":latest");
      List<String> mounts = container.path("volumeMounts").findValuesAsText("mountPath");
      String stateDir = orDefault(overlay.setting("ROOTLINE_ANOMALY_STATE_DIR"), APP.mappingDefault("rootline.anomaly.state-dir"));
      assertThat(mounts).anyMatch(mount -> stateDir.startsWith(mount + "/"));
      assertThat(mounts).contains("/tmp");
      String store = overlay.setting("ROOTLINE_STORE_URL");
      if (store != null && store.startsWith("jdbc:h2:file:")) {
        assertThat(mounts).anyMatch(mount -> store.startsWith("jdbc:h2:file:" + mount + "/"));
      }
    }
  }

  @Test
  void prod_runsTwoReplicasOrMoreOnPostgresqlWithLagScaling() {
    Overlay dev = OVERLAYS.get(0);
    Overlay prod = OVERLAYS.get(1);
    JsonNode hpa = prod.only("HorizontalPodAutoscaler").path("spec");
    assertThat(hpa.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode replicas = prod.one("Deployment", "rootline").path("spec").path("replicas");
    assertThat(replicas.isMissingNode() || replicas.asInt() >= 2).as("replicas left to the autoscaler, or at least 2").isTrue();
    JsonNode lag = hpa.path("metrics").findParent("external");
    assertThat(lag).as("an External metric").isNotNull();
    assertThat(lag.path("external").path("metric").path("name").asText()).isEqualTo("kafka_consumergroup_lag");
    assertThat(lag.path("external").path("metric").path("selector").path("matchLabels").path("consumergroup").asText())
        .isEqualTo(orDefault(prod.setting("ROOTLINE_KAFKA_GROUP_ID"), APP.property("rootline.kafka.group-id")));
    assertThat(prod.setting("ROOTLINE_STORE_KIND")).isEqualTo("postgresql");
    for (String variable : List.of("ROOTLINE_STORE_URL", "ROOTLINE_STORE_USERNAME", "ROOTLINE_STORE_PASSWORD")) {
      JsonNode reference = prod.env().get(variable).path("valueFrom").path("secretKeyRef");
      assertThat(reference.path("name").asText()).as(variable).isNotEmpty();
      assertThat(reference.path("optional").asBoolean(false)).as(variable + " is required").isFalse();
    }
    assertThat(quantity(prod.container().path("resources").path("requests").path("memory")))
        .isGreaterThan(quantity(dev.container().path("resources").path("requests").path("memory")));
    assertThat(prod.only("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt())
        .isLessThan(hpa.path("minReplicas").asInt());
  }

  @Test
  void secrets_areReferencedAndNeverCommitted() throws IOException {
    for (Overlay overlay : OVERLAYS) {
      assertThat(overlay.all("Secret")).as("Secrets are created outside git").isEmpty();
      overlay.env().forEach((name, value) -> {
        if (SECRET_NAME.matcher(name).matches()) {
          assertThat(value.path("valueFrom").has("secretKeyRef")).as(name + " comes from a Secret").isTrue();
        }
      });
    }
    try (Stream<Path> files = Files.walk(Overlay.K8S)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        assertThat(SECRET_VALUE.matcher(text).find()).as(file + " holds what looks like a credential").isFalse();
        assertThat(text).as(file.toString()).doesNotContainPattern("(?m)^kind:\\s*Secret\\s*$");
      }
    }
  }

  @Test
  void renderer_agreesWithKubectlKustomize() throws Exception {
    assumeTrue(KubectlKustomize.available(), "kubectl is not installed");
    for (Overlay overlay : OVERLAYS) {
      List<ObjectNode> kubectl = KubectlKustomize.render(Overlay.K8S.resolve("overlays").resolve(overlay.name()));
      assertThat(KubectlKustomize.normalized(overlay.resources())).as(overlay.name())
          .isEqualTo(KubectlKustomize.normalized(kubectl));
    }
  }

  /** The topic name Rootline uses for each {@code rootline.topics.*} key, by key suffix. */
  private static Map<String, String> topicsUsed(Overlay overlay) {
    Map<String, String> topics = new HashMap<>();
    for (String suffix : List.of("spans", "metrics", "logs", "deploys", "dlq", "windows", "anomalies", "reports")) {
      String key = "rootline.topics." + suffix;
      topics.put(suffix, orDefault(overlay.setting(AppConfigKeys.envName(key)), APP.mappingDefault(key)));
    }
    topics.put("rca-leader", orDefault(overlay.setting("ROOTLINE_RCA_LEADER_TOPIC"),
        APP.mappingDefault("rootline.rca.leader-topic")));
    return topics;
  }

  /** The changelog topic Kafka Streams uses for the detector state: {@code <application id>-<store>-changelog}. */
  private static String changelog(Overlay overlay) {
    try {
      var store = Class.forName("dev.rootline.app.anomaly.DetectProcessor").getDeclaredField("STORE");
      store.setAccessible(true);
      String applicationId = orDefault(overlay.setting("ROOTLINE_ANOMALY_APPLICATION_ID"),
          APP.mappingDefault("rootline.anomaly.application-id"));
      return applicationId + "-" + store.get(null) + "-changelog";
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the anomaly stage's store name moved", e);
    }
  }

  private static JsonNode collector(Overlay overlay) throws IOException {
    return YAML.readTree(overlay.one("ConfigMap", "otel-collector-rootline").path("data").path("collector.yaml").asText());
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new HashMap<>();
    node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  private static java.math.BigDecimal quantity(JsonNode value) {
    return Quantity.getAmountInBytes(new Quantity(value instanceof TextNode ? value.asText() : value.toString()));
  }

  private static boolean onClasspath(String className) {
    try {
      Class.forName(className, false, ManifestsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String orDefault(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
