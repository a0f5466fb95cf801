package dev.rootline.ingest.logs;

import java.util.List;
import java.util.Locale;
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

  private static final String KEY_WORDS = "password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key"
      + "|private[_-]?key|credentials?|authorization|auth|session[_-]?id|cookie";
  private static final List<String> KEY_STEMS = List.of("pass", "pwd", "secret", "token", "key", "auth", "credential",
      "session", "cookie");

  /** Secrets, on the whole line: a card or a key must not survive as a number or a hex id in a template. */
  static final List<Rule> SECRETS = List.of(
      rule(has("-----"), "-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----", "<SECRET>"),
      rule(has("://"), "(?<=://)[^/\\s:@]{1,64}:[^/\\s@]{1,128}@", "<SECRET>@"),
      new Rule(hasIgnoringCase(List.of("bearer", "basic")),
          Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,512}"), m -> m.group(1) + " <SECRET>"),
      rule(has("eyJ"), "\\beyJ[\\w-]{4,2048}\\.[\\w-]{4,2048}\\.[\\w-]{0,2048}", "<SECRET>"),
      rule(has("AKIA").or(has("ASIA")), "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "<SECRET>"),
      new Rule(hasIgnoringCase(KEY_STEMS), Pattern.compile("(?i)((?:" + KEY_WORDS + ")\"?\\s{0,3}[=:]\\s{0,3})"
          + "(?!(?:bearer|basic)\\s)(\"[^\"]{0,256}\"|'[^']{0,256}'|[^\\s,;&\"'}\\]]{1,256})"),
          m -> m.group(1) + "<SECRET>"),
      rule(has("@"), "[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}", "<EMAIL>"),
      new Rule(t -> digits(t) >= 13, Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)"),
          m -> luhn(m.group()) ? "<CARD>" : m.group()));

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

  private static Predicate<String> hasIgnoringCase(List<String> lowerCaseParts) {
    return text -> {
      String lower = text.toLowerCase(Locale.ROOT);
      return lowerCaseParts.stream().anyMatch(lower::contains);
    };
  }

  /** A hex run is an id when it is 0x-prefixed or mixes digits and letters ("decade" is a word). */
  private static boolean isHexId(String token) {
    if (token.startsWith("0x") || token.startsWith("0X")) {
      return true;
    }
    return digits(token) > 0 && token.chars().anyMatch(Character::isLetter);
  }

  /** The Luhn check that every payment card number passes; most other long numbers do not. */
  private static boolean luhn(String candidate) {
    int sum = 0;
    boolean twice = false;
    for (int i = candidate.length() - 1; i >= 0; i--) {
      char c = candidate.charAt(i);
      if (c >= '0' && c <= '9') {
        int d = (c - '0') * (twice ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
        twice = !twice;
      }
    }
    return sum % 10 == 0;
  }
}
