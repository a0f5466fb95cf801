package dev.rootline.rca.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable things a text mentions: names that look like services (hyphenated or underscored
 * identifiers, CamelCase words, the word before "service" or "database"), versions, times, figures
 * and evidence ids. Errs toward seeing a name: a false mention costs a template explanation, a
 * missed one a hallucination in front of people.
 */
final class Mentions {
  /** What sort of thing a token is. */
  enum Type { NAME, VERSION, TIME, FIGURE, EVIDENCE_ID }

  /** One mention: its type, its text as written (lower case), and its value when a figure. */
  record Mention(Type type, String text, double value) {}

  private static final Pattern SPLIT = Pattern.compile("[\\s,;()\\[\\]{}\"'`*<>=]+|->|→");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern EVIDENCE_ID = Pattern.compile("e\\d{1,4}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?|\\d{4}-\\d{2}-\\d{2}(?:t.*)?");
  private static final Pattern VERSION = Pattern.compile("v\\d+(?:\\.\\d+)*(?:[-+][\\w.]+)?|\\d+(?:\\.\\d+){2,}(?:[-+][\\w.]+)?");
  private static final Pattern FIGURE = Pattern.compile("[x×~≈]?([-+]?\\d+(?:\\.\\d+)?)(%|x|×|ms|s|m|h|k|kb|mb|gb)?");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+");
  private static final Set<String> NOUNS = Set.of("service", "services", "database", "db", "cache", "queue", "api",
      "dependency", "pod", "pods", "deployment", "instance", "instances", "cluster", "server", "backend", "microservice");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "same", "its",
      "their", "each", "every", "any", "other", "another", "one", "affected", "failing", "faulty", "upstream",
      "downstream", "calling", "called", "dependent", "root", "new", "old", "previous", "whole", "entire", "single",
      "slow", "bad", "unhealthy", "healthy", "own", "backing", "shared", "primary", "replica", "external", "internal",
      "main", "no", "which", "what", "all", "both", "some", "more", "additional", "your", "our", "first", "second",
      "suspect", "likely", "implicated", "impacted", "degraded", "struggling", "overloaded", "saturated", "of", "to",
      "for", "and", "or", "in", "on", "at", "by", "from", "with", "per", "is", "are", "was", "were", "be", "not",
      "less", "sql", "relational", "database", "cache", "service", "such", "then", "web", "http", "kubernetes", "k8s",
      "container", "application", "app", "canary", "critical", "major", "minor", "production", "staging", "standby");
  private static final Set<String> ENGLISH_COMPOUNDS = Set.of("follow-up", "roll-back", "fail-over", "re-run",
      "re-deploy", "re-check", "in-flight", "up-to-date", "well-known", "third-party", "per-request", "end-to-end",
      "real-time", "long-running", "read-only", "time-out", "non-zero", "short-lived", "built-in", "pre-deploy",
      "post-deploy", "so-called", "self-time", "double-check", "cross-check", "health-check", "roll-out", "rolled-back",
      "e.g", "i.e", "p.m", "a.m", "step-by-step", "error-rate", "high-cardinality", "load-balancer", "feature-flag",
      "blast-radius", "root-cause", "no-clear-cause", "low-confidence", "user-facing", "call-graph", "blue-green",
      "rate-limit", "rate-limiting", "auto-scaling", "circuit-breaker", "circuit-breakers", "load-shedding", "hot-fix",
      "back-pressure", "time-series", "out-of-memory", "garbage-collection", "connection-pool", "write-up", "sign-off",
      "on-call", "roll-forward", "known-good", "last-known-good", "side-by-side", "non-critical", "fail-fast");

  private Mentions() {}

  /** Every checkable mention in the text, in order. */
  static List<Mention> of(String text) {
    String[] tokens = SPLIT.split(THOUSANDS.matcher(text).replaceAll(""));
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = trim(tokens[i]);
      if (token.isEmpty()) {
        continue;
      }
      Mention mention = classify(token, i + 1 < tokens.length ? trim(tokens[i + 1]) : "");
      if (mention != null) {
        found.add(mention);
      }
    }
    return found;
  }

  /** Lower-case words of the text, whole and split at separators: what a grounded name may be. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : SPLIT.split(text)) {
      String t = trim(token).toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        words.add(t);
        words.add(t.startsWith("v") && t.length() > 1 && Character.isDigit(t.charAt(1)) ? t.substring(1) : t);
        for (String part : t.split("[|:/]")) {
          words.add(trim(part));
        }
      }
    }
    return words;
  }

  private static Mention classify(String token, String next) {
    String lower = token.toLowerCase(Locale.ROOT);
    if (EVIDENCE_ID.matcher(lower).matches()) {
      return new Mention(Type.EVIDENCE_ID, lower, Double.NaN);
    }
    if (TIME.matcher(lower).matches()) {
      return new Mention(Type.TIME, lower, Double.NaN);
    }
    if (VERSION.matcher(lower).matches()) {
      return new Mention(Type.VERSION, lower.startsWith("v") ? lower.substring(1) : lower, Double.NaN);
    }
    Matcher figure = FIGURE.matcher(lower);
    if (figure.matches()) {
      return new Mention(Type.FIGURE, lower, Double.parseDouble(figure.group(1)));
    }
    if (NAME.matcher(token).matches() && !ENGLISH_COMPOUNDS.contains(lower)) {
      return new Mention(Type.NAME, lower, Double.NaN);
    }
    if (NOUNS.contains(next.toLowerCase(Locale.ROOT)) && lower.chars().allMatch(Character::isLetter)
        && !NOT_NAMES.contains(lower)) {
      return new Mention(Type.NAME, lower, Double.NaN);
    }
    return null;
  }

  /** The token without the punctuation that ends a sentence or opens a quote. */
  private static String trim(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && ".:!?/|".indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".:!?/|'".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(start, end);
  }
}
