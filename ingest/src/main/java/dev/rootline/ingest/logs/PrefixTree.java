package dev.rootline.ingest.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drain's fixed-depth parse tree: the first level splits messages by token count, the next
 * {@code depth} levels by their leading tokens, and each leaf holds the clusters to compare with.
 * A token with a digit, or one that finds its node full, goes to the {@code <*>} child.
 */
final class PrefixTree {
  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Cluster> clusters = new ArrayList<>(1);

    boolean isEmpty() {
      return children.isEmpty() && clusters.isEmpty();
    }
  }

  private final Map<Integer, Node> byLength = new HashMap<>();
  private final int depth;
  private final int maxChildren;

  PrefixTree(int depth, int maxChildren) {
    this.depth = depth;
    this.maxChildren = maxChildren;
  }

  /** The clusters a message of these tokens is compared with; empty when no leaf fits. */
  List<Cluster> candidates(String[] tokens) {
    Node node = byLength.get(tokens.length);
    for (int i = 0, n = levels(tokens); node != null && i < n; i++) {
      Node next = node.children.get(key(tokens[i]));
      node = next != null ? next : node.children.get(Template.WILDCARD);
    }
    return node == null ? List.of() : node.clusters;
  }

  /** A new cluster of these tokens, in the leaf its leading tokens lead to (making nodes as needed). */
  Cluster insert(int id, String[] tokens) {
    Node node = byLength.computeIfAbsent(tokens.length, n -> new Node());
    String[] path = new String[levels(tokens)];
    for (int i = 0; i < path.length; i++) {
      String key = key(tokens[i]);
      boolean full = literalChildren(node) >= maxChildren - 1;
      if (full && !node.children.containsKey(key) && !key.equals(Template.WILDCARD)) {
        key = Template.WILDCARD;
      }
      path[i] = key;
      node = node.children.computeIfAbsent(key, k -> new Node());
    }
    Cluster cluster = new Cluster(id, tokens.clone(), path, node.clusters);
    node.clusters.add(cluster);
    return cluster;
  }

  /** Removes the cluster and every node left empty by it, so churn does not grow the tree. */
  void remove(Cluster cluster) {
    cluster.leaf.remove(cluster);
    Node[] nodes = new Node[cluster.path.length + 1];
    nodes[0] = byLength.get(cluster.tokens.length);
    for (int i = 0; i < cluster.path.length; i++) {
      nodes[i + 1] = nodes[i].children.get(cluster.path[i]);
    }
    for (int i = cluster.path.length; i > 0 && nodes[i].isEmpty(); i--) {
      nodes[i - 1].children.remove(cluster.path[i - 1]);
    }
    if (nodes[0].isEmpty()) {
      byLength.remove(cluster.tokens.length);
    }
  }

  private int levels(String[] tokens) {
    return Math.min(depth, tokens.length);
  }

  private static int literalChildren(Node node) {
    return node.children.size() - (node.children.containsKey(Template.WILDCARD) ? 1 : 0);
  }

  private static String key(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        return Template.WILDCARD;
      }
    }
    return token;
  }
}
