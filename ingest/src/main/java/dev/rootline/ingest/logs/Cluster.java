package dev.rootline.ingest.logs;

import java.util.List;

/** One template being learnt: its tokens, where it hangs in the prefix tree, and its current text. */
final class Cluster {
  final int id;
  final String[] tokens;
  final String[] path;
  final List<Cluster> leaf;
  private Template template;
  private int wildcards;

  Cluster(int id, String[] tokens, String[] path, List<Cluster> leaf) {
    this.id = id;
    this.tokens = tokens;
    this.path = path;
    this.leaf = leaf;
    this.template = new Template(id, String.join(" ", tokens));
    for (String token : tokens) {
      wildcards += Template.WILDCARD.equals(token) ? 1 : 0;
    }
  }

  Template template() {
    return template;
  }

  int wildcards() {
    return wildcards;
  }

  /**
   * The share of positions where the message has the template's constant token, or -1 once it
   * cannot reach {@code threshold}. A wildcard does not count, as in Drain: a template that has
   * become mostly wildcards must not swallow every message of its length.
   */
  double similarity(String[] message, double threshold) {
    int n = tokens.length;
    if (n == 0) {
      return 1.0;
    }
    int allowedMisses = (int) Math.floor((1.0 - threshold) * n + 1e-9);
    int misses = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      if ((Template.WILDCARD.equals(t) || !t.equals(message[i])) && ++misses > allowedMisses) {
        return -1;
      }
    }
    return (double) (n - misses) / n;
  }

  /** Turns every position where the message differs into a wildcard. */
  void merge(String[] message) {
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      if (!Template.WILDCARD.equals(tokens[i]) && !tokens[i].equals(message[i])) {
        tokens[i] = Template.WILDCARD;
        wildcards++;
        changed = true;
      }
    }
    if (changed) {
      template = new Template(id, String.join(" ", tokens));
    }
  }
}
