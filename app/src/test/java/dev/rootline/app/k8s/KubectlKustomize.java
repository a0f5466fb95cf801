package dev.rootline.app.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Kustomize itself, through {@code kubectl kustomize}, where kubectl is installed: the reference
 * that {@link KustomizeSubset} must agree with.
 */
final class KubectlKustomize {
  private KubectlKustomize() {}

  static boolean available() {
    String path = System.getenv("PATH");
    return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
  }

  static List<ObjectNode> render(Path directory) throws IOException, InterruptedException {
    Path output = Files.createTempFile("kustomize", ".yaml");
    try {
      Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
          .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new AssertionError("kubectl kustomize " + directory + " failed");
      }
      return KustomizeSubset.readDocuments(output);
    } finally {
      Files.delete(output);
    }
  }

  /**
   * The resources by kind, namespace and name, with lists of named items sorted by name: Kustomize
   * orders resources and merged items its own way, which does not change what is applied.
   */
  static Map<String, JsonNode> normalized(List<ObjectNode> resources) {
    Map<String, JsonNode> byId = new TreeMap<>();
    for (ObjectNode resource : resources) {
      JsonNode copy = sortNamedLists(resource.deepCopy());
      byId.put(resource.path("kind").asText() + "/" + resource.path("metadata").path("namespace").asText()
          + "/" + resource.path("metadata").path("name").asText(), copy);
    }
    return byId;
  }

  private static JsonNode sortNamedLists(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(field -> field.setValue(sortNamedLists(field.getValue())));
    } else if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(item -> items.add(sortNamedLists(item)));
      if (items.stream().allMatch(item -> item.path("name").isTextual())) {
        items.sort(Comparator.comparing(item -> item.path("name").asText()));
      }
      array.removeAll();
      items.forEach(array::add);
    }
    return node;
  }
}
