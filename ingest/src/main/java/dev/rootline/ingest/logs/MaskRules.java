package dev.rootline.ingest.logs;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns behind {@link Masks}. Each rule has a cheap gate (a substring, a length) so that a
 * line is scanned only by the rules that can match it; every quantifier is bounded, so a hostile
 * line cannot make a pattern backtrack for long.
 */
final class MaskRules {
  /** One pattern, its replacement, and the test a text must pass before the pattern is run. */
  record Rule(Predicate<String> gate, Pattern pattern, Function<MatchResult, String> replace) {
    String apply(String text) {
      if (!gate.test(text)) {
        return text;
      }
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(m -> Matcher.quoteReplacement(replace.apply(m))) : text;
    }
  }

  /**
   * Quoted strings, on the whole line. Quoted keys and values of JSON and logfmt stay, with their
   * insides masked token by token: {@code msg="payment failed"} is the message.
   */
  static final List<Rule> QUOTES = List.of(
      rule(has("\""), "(?<![\\w\\\\=])(?<!\":)(?<!\": )\"[^\"\\n]{0,256}\"(?!\\s{0,3}:)", "<STR>"),
      rule(has("'"), "(?<![\\w=])(?<!':)(?<!': )'[^'\\n]{0,256}'(?!\\w|\\s{0,3}:)", "<STR>"));

  /**
   * Variables within one token that has a digit, most specific first: a UUID must not become five
   * numbers. Durations, hex ids and numbers follow in {@link Numbers}.
   */
  static final List<Rule> TOKEN = List.of(
      rule(t -> t.length() >= 36 && t.contains("-"),
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b", "<UUID>"),
      rule(t -> digits(t) >= 6 && (t.contains("-") || t.contains(":")),
          "\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b"
          + "|\\b\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?\\b", "<TS>"),
      rule(t -> digits(t) >= 4 && t.contains("."), "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)", "<IP>"),
      new Rule(has("::"), Pattern.compile("(?<![\\w:.])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\\w:])"),
          m -> m.group().contains("::") && digits(m.group()) > 0 ? "<IP>" : m.group()));


  /** A unit word that turns the number before it into a duration: {@code 3000 ms}. */
  static final Pattern UNIT = Pattern.compile(
      "(?:ns|us|\\u00b5s|ms|s|sec|secs|seconds?|millis|milliseconds?|mins?|minutes?|hours?)(?!\\w)");

  private MaskRules() {}

  static String applyAll(List<Rule> rules, String text) {
    for (Rule rule : rules) {
      text = rule.apply(text);
    }
    return text;
  }

  static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c >= '0' && c <= '9' ? 1 : 0;
    }
    return n;
  }

  private static Rule rule(Predicate<String> gate, String regex, String placeholder) {
    return new Rule(gate, Pattern.compile(regex), m -> placeholder);
  }

  private static Predicate<String> has(String part) {
    return text -> text.contains(part);
  }
}
