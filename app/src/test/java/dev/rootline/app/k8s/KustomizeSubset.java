package dev.rootline.app.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization directory with the small part of Kustomize that k8s/ uses, so the
 * manifests can be checked without kubectl: {@code resources} (files and directories),
 * {@code namespace}, {@code commonLabels} (metadata, and the selectors of Deployments, Services and
 * PodDisruptionBudgets), {@code images} and {@code patches} by path. A patch is merged into the
 * resource of the same kind and name: maps recursively, null deletes, and for built-in kinds lists
 * of named items by name (as a strategic merge patch does); other lists, and every list of a custom
 * resource, are replaced (as a JSON merge patch does). Anything else in a kustomization fails.
 */
public final class KustomizeSubset {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> FIELDS =
      Set.of("apiVersion", "kind", "resources", "namespace", "commonLabels", "images", "patches");
  private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "policy/v1", "autoscaling/v2");

  private KustomizeSubset() {}

  /** The resources of the kustomization in {@code directory}, in the order they are listed. */
  public static List<ObjectNode> render(Path directory) {
    JsonNode kustomization = readDocuments(directory.resolve("kustomization.yaml")).get(0);
    kustomization.fieldNames().forEachRemaining(field -> {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(directory + ": '" + field + "' is outside the Kustomize subset");
      }
    });
    List<ObjectNode> resources = new ArrayList<>();
    for (JsonNode entry : kustomization.path("resources")) {
      Path path = directory.resolve(entry.asText()).normalize();
      resources.addAll(Files.isDirectory(path) ? render(path) : readDocuments(path));
    }
    for (JsonNode patch : kustomization.path("patches")) {
      if (patch.size() != 1 || !patch.has("path")) {
        throw new IllegalArgumentException(directory + ": a patch names only its path, got " + patch);
      }
      for (ObjectNode document : readDocuments(directory.resolve(patch.get("path").asText()))) {
        merge(target(resources, document), document, isBuiltIn(document));
      }
    }
    String namespace = kustomization.path("namespace").asText(null);
    for (ObjectNode resource : resources) {
      if (namespace != null) {
        ((ObjectNode) resource.get("metadata")).put("namespace", namespace);
      }
      kustomization.path("commonLabels").fields().forEachRemaining(label -> addLabel(resource, label));
      for (JsonNode image : kustomization.path("images")) {
        setImage(resource, image);
      }
    }
    return resources;
  }

  /** The YAML documents of a file, empty ones left out. */
  public static List<ObjectNode> readDocuments(Path file) {
    List<ObjectNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (values.hasNext()) {
        JsonNode value = values.next();
        if (value instanceof ObjectNode object) {
          documents.add(object);
        } else if (value != null && !value.isNull() && !value.isMissingNode()) {
          throw new IllegalArgumentException(file + ": a document is not a map");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return documents;
  }

  static boolean isBuiltIn(JsonNode resource) {
    return BUILT_IN_GROUPS.contains(resource.path("apiVersion").asText());
  }

  private static ObjectNode target(List<ObjectNode> resources, JsonNode patch) {
    List<ObjectNode> matches = resources.stream()
        .filter(r -> r.path("kind").equals(patch.path("kind"))
            && r.path("metadata").path("name").equals(patch.path("metadata").path("name")))
        .toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException("a patch must match one resource by kind and name; "
          + patch.path("kind").asText() + "/" + patch.path("metadata").path("name").asText() + " matches " + matches.size());
    }
    return matches.get(0);
  }

  static void merge(ObjectNode base, JsonNode patch, boolean namedLists) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode current = base.get(field.getKey());
      JsonNode value = field.getValue();
      if (value.isNull()) {
        base.remove(field.getKey());
      } else if (current instanceof ObjectNode object && value.isObject()) {
        merge(object, value, namedLists);
      } else if (namedLists && current instanceof ArrayNode list && isNamed(list) && isNamed(value)) {
        mergeByName(list, value);
      } else {
        base.set(field.getKey(), value.deepCopy());
      }
    }
  }

  private static boolean isNamed(JsonNode list) {
    if (!list.isArray() || list.isEmpty()) {
      return false;
    }
    for (JsonNode item : list) {
      if (!item.isObject() || !item.path("name").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void mergeByName(ArrayNode base, JsonNode patch) {
    for (JsonNode item : patch) {
      ObjectNode same = null;
      for (JsonNode existing : base) {
        if (existing.get("name").equals(item.get("name"))) {
          same = (ObjectNode) existing;
        }
      }
      if (same != null) {
        merge(same, item, true);
      } else {
        base.add(item.deepCopy());
      }
    }
  }

  private static void addLabel(ObjectNode resource, Map.Entry<String, JsonNode> label) {
    labels(resource, "metadata", "labels").set(label.getKey(), label.getValue());
    String kind = resource.path("kind").asText();
    if (!isBuiltIn(resource)) {
      return;
    }
    switch (kind) {
      case "Deployment" -> {
        labels(resource, "spec", "selector", "matchLabels").set(label.getKey(), label.getValue());
        labels(resource, "spec", "template", "metadata", "labels").set(label.getKey(), label.getValue());
        for (JsonNode constraint : resource.path("spec").path("template").path("spec").path("topologySpreadConstraints")) {
          labels((ObjectNode) constraint, "labelSelector", "matchLabels").set(label.getKey(), label.getValue());
        }
      }
      case "Service" -> labels(resource, "spec", "selector").set(label.getKey(), label.getValue());
      case "PodDisruptionBudget" -> labels(resource, "spec", "selector", "matchLabels").set(label.getKey(), label.getValue());
      default -> { }
    }
  }

  private static ObjectNode labels(ObjectNode node, String... path) {
    ObjectNode at = node;
    for (String step : path) {
      at = at.has(step) ? (ObjectNode) at.get(step) : at.putObject(step);
    }
    return at;
  }

  private static void setImage(ObjectNode resource, JsonNode image) {
    for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
      String current = container.path("image").asText();
      String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
      if (name.equals(image.path("name").asText())) {
        String newName = image.path("newName").asText(name);
        String tag = image.has("newTag") ? ":" + image.get("newTag").asText() : "";
        ((ObjectNode) container).put("image", newName + tag);
      }
    }
  }
}
