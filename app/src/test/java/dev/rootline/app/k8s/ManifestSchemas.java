package dev.rootline.app.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.Map;

/**
 * Reads a manifest into the Kubernetes API's model classes (fabric8 for Kubernetes and the
 * Prometheus operator, Strimzi's own for its resources) so strictly that a misspelt or misplaced
 * field fails: unknown properties are errors, and the catch-all maps those classes keep for
 * unknown fields are switched off.
 */
final class ManifestSchemas {
  /** The model class of each kind, by {@code apiVersion/kind}. */
  static final Map<String, Class<?>> TYPES = Map.ofEntries(
      Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
      Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
      Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
      Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
      Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
      Map.entry("autoscaling/v2/HorizontalPodAutoscaler",
          io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
      Map.entry("monitoring.coreos.com/v1/ServiceMonitor",
          io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
      Map.entry("monitoring.coreos.com/v1/PrometheusRule",
          io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class),
      Map.entry("kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
      Map.entry("kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
      Map.entry("kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class));

  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .setAnnotationIntrospector(new Strict());

  private ManifestSchemas() {}

  /**
   * The manifest as an instance of its kind's model class.
   *
   * @throws IllegalArgumentException naming the field that does not fit, or the unknown kind
   */
  static Object read(JsonNode manifest) {
    String type = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
    Class<?> model = TYPES.get(type);
    if (model == null) {
      throw new IllegalArgumentException("no schema for " + type + "; known: " + TYPES.keySet());
    }
    String name = type + " " + manifest.path("metadata").path("name").asText();
    try {
      return STRICT.treeToValue(manifest, model);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " does not fit its schema: " + e.getOriginalMessage(), e);
    }
  }

  /** Jackson's annotations, less the escape hatches for unknown fields. */
  private static final class Strict extends JacksonAnnotationIntrospector {
    @Override
    public Boolean hasAnySetter(Annotated annotated) {
      return Boolean.FALSE;
    }

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
      return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
    }
  }
}
