package dev.rootline.ingest.signal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The series name of a metric point: the metric's name, qualified by its state-like attributes
 * ({@code db.client.connection.state=used} gives {@code db.client.connection.count{state=used}}).
 * Every other attribute is dropped, so instances, routes and pools of one service add up to one
 * series and the name set stays small.
 */
final class MetricNames {
  /** The qualifier of the series that counts only failed requests or operations. */
  static final String ERROR_QUALIFIER = "outcome=error";
  private static final int MAX_QUALIFIER_VALUE = 64;

  private MetricNames() {}

  /** The series name for a point of {@code name} with these attributes. */
  static String of(String name, Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return name;
    }
    Map<String, String> qualifiers = null;
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      String shortKey = stateLikeKey(attribute.getKey());
      if (shortKey != null) {
        qualifiers = qualifiers == null ? new TreeMap<>() : qualifiers;
        qualifiers.put(shortKey, cut(attribute.getValue()));
      }
    }
    return qualifiers == null ? name : name + braces(qualifiers);
  }

  /** The name of the failures-only series of {@code name}. */
  static String errors(String name) {
    return name + "{" + ERROR_QUALIFIER + "}";
  }

  /**
   * The short key of a state-like attribute ({@code state}, {@code x.state}, {@code direction},
   * {@code x.direction}), or null for any other attribute.
   */
  static String stateLikeKey(String key) {
    for (String suffix : new String[] {"state", "direction"}) {
      if (key.equals(suffix) || key.endsWith("." + suffix) || key.endsWith("_" + suffix)) {
        return suffix;
      }
    }
    return null;
  }

  private static String braces(Map<String, String> qualifiers) {
    StringBuilder text = new StringBuilder("{");
    qualifiers.forEach((k, v) -> text.append(text.length() > 1 ? "," : "").append(k).append('=').append(v));
    return text.append('}').toString();
  }

  private static String cut(String value) {
    return value.length() <= MAX_QUALIFIER_VALUE ? value : value.substring(0, MAX_QUALIFIER_VALUE);
  }
}
