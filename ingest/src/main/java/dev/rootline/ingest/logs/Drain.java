package dev.rootline.ingest.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An online log template miner after Drain (He et al., ICWS 2017), deterministic, bounded and not thread-safe. */
public final class Drain {

  /**
   * How a miner learns and how big it may grow.
   *
   * @param similarity  the least share of positions where a message has the template's constant token, to join it
   * @param depth       how many leading tokens route a message below the token-count level
   * @param maxChildren the most children of a tree node, one of them the {@code <*>} child
   * @param maxTemplates the most templates; later new messages go to {@link Template#OVERFLOW}
   * @param maxChars    messages are mined from their first line, cut to this many characters
   *                    before and after masking (so no template is longer)
   */
  public record Config(double similarity, int depth, int maxChildren, int maxTemplates, int maxChars) {
    public Config {
      if (similarity <= 0 || similarity > 1 || depth < 1 || maxChildren < 2 || maxTemplates < 1 || maxChars < 16) {
        throw new IllegalArgumentException("invalid Drain config: " + this);
      }
    }

    /** Similarity 0.5, depth 2, 100 children, 200 templates, 256 characters. */
    public static Config standard() {
      return new Config(0.5, 2, 100, 200, 256);
    }
  }

  private final Config config;
  private final PrefixTree tree;
  private final Map<Integer, Cluster> clusters = new HashMap<>();
  private int nextId = Template.OVERFLOW_ID + 1;
  private long overflowed;

  public Drain(Config config) {
    this.config = config;
    this.tree = new PrefixTree(config.depth(), config.maxChildren());
  }

  public static Drain standard() {
    return new Drain(Config.standard());
  }

  /**
   * Learns from one message: masks its first line, routes its tokens by count and leading tokens
   * to a leaf, and joins the most similar template there (turning differing tokens into wildcards)
   * or starts a new one; the template it now belongs to, or {@link Template#OVERFLOW} when full.
   */
  public Template add(String message) {
    // Cut before masking to bound the work, and after it because placeholders can be longer than values.
    String masked = Masks.mask(Masks.firstLine(message, config.maxChars()));
    String[] tokens = tokens(Masks.firstLine(masked, config.maxChars()));
    Cluster best = best(tree.candidates(tokens), tokens);
    if (best != null) {
      best.merge(tokens);
      return best.template();
    }
    if (isFull()) {
      overflowed++;
      return Template.OVERFLOW;
    }
    Cluster cluster = tree.insert(nextId++, tokens);
    clusters.put(cluster.id, cluster);
    return cluster.template();
  }

  /** The current templates, by id. */
  public List<Template> templates() {
    List<Template> out = new ArrayList<>(clusters.size());
    clusters.values().forEach(c -> out.add(c.template()));
    out.sort(Comparator.comparingInt(Template::id));
    return out;
  }

  /** The current form of a template, or null once it was removed; the overflow template always. */
  public Template template(int id) {
    Cluster cluster = clusters.get(id);
    return cluster != null ? cluster.template() : id == Template.OVERFLOW_ID ? Template.OVERFLOW : null;
  }

  public int size() {
    return clusters.size();
  }

  public boolean isFull() {
    return clusters.size() >= config.maxTemplates();
  }

  /** Messages that found no template while the miner was full. */
  public long overflowed() {
    return overflowed;
  }

  /** Forgets a template, freeing its place; its id is not reused. */
  void remove(int id) {
    Cluster cluster = clusters.remove(id);
    if (cluster != null) {
      tree.remove(cluster);
    }
  }

  /** The most similar cluster above the threshold; ties go to the more specific, then the older. */
  private Cluster best(List<Cluster> candidates, String[] tokens) {
    Cluster best = null;
    double bestSimilarity = -1;
    for (int i = 0, n = candidates.size(); i < n; i++) {
      Cluster c = candidates.get(i);
      double s = c.similarity(tokens, config.similarity());
      if (s >= config.similarity() && (s > bestSimilarity
          || s == bestSimilarity && (c.wildcards() < best.wildcards()
          || c.wildcards() == best.wildcards() && c.id < best.id))) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best;
  }

  private static String[] tokens(String line) {
    List<String> out = new ArrayList<>(16);
    int start = -1;
    for (int i = 0, n = line.length(); i <= n; i++) {
      boolean space = i == n || Character.isWhitespace(line.charAt(i));
      if (space && start >= 0) {
        out.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out.toArray(new String[0]);
  }
}
