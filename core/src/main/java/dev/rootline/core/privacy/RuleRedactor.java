package dev.rootline.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Redactor} as a list of rules, each a cheap gate (a substring, a digit count) and a pattern
 * with bounded quantifiers, so that hostile text cannot make a pattern backtrack for long. Secrets
 * go first: a key must not survive as a number or an e-mail address.
 */
final class RuleRedactor implements Redactor {
  private static final String KEY_WORDS = "password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key"
      + "|private[_-]?key|client[_-]?secret|credentials?|authorization|auth|session[_-]?id|cookie";
  private static final List<String> KEY_STEMS = List.of("pass", "pwd", "secret", "token", "key", "auth", "credential",
      "session", "cookie");

  private static final List<Rule> SECRETS = List.of(
      rule(has("-----"), "-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[\\s\\S]{0,8192}?(?:-----END [A-Z ]{0,20}PRIVATE KEY-----"
          + "|$)", "<SECRET>"),
      rule(has("://"), "(?<=://)[^/\\s:@]{1,64}:[^/\\s@]{1,128}@", "<SECRET>@"),
      new Rule(hasIgnoringCase(List.of("bearer", "basic")),
          Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,512}"), m -> m.group(1) + " <SECRET>"),
      rule(has("eyJ"), "\\beyJ[\\w-]{4,2048}\\.[\\w-]{4,2048}\\.[\\w-]{0,2048}", "<SECRET>"),
      rule(has("AKIA").or(has("ASIA")), "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "<SECRET>"),
      rule(has("sk-").or(has("sk_")), "\\b(?:sk|rk)[-_](?:live[-_]|test[-_]|proj-)?[A-Za-z0-9_-]{16,256}", "<SECRET>"),
      rule(has("gh").or(has("github_pat_")), "\\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})",
          "<SECRET>"),
      rule(has("xox"), "\\bxox[abposr]-[A-Za-z0-9-]{10,255}", "<SECRET>"),
      new Rule(hasIgnoringCase(KEY_STEMS), Pattern.compile("(?i)((?:" + KEY_WORDS + ")\"?\\s{0,3}[=:]\\s{0,3})"
          + "(?!(?:bearer|basic)\\s)(\"[^\"]{0,256}\"|'[^']{0,256}'|[^\\s,;&\"'}\\]]{1,256})"),
          m -> m.group(1) + "<SECRET>"),
      rule(has("@"), "[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}", "<EMAIL>"),
      new Rule(t -> digits(t) >= 13, Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)"),
          m -> luhn(m.group()) ? "<CARD>" : m.group()));

  private static final List<Rule> IPS = List.of(
      rule(t -> digits(t) >= 4 && t.contains("."), "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w]|\\.\\d)", "<IP>"),
      new Rule(has("::").or(t -> t.chars().filter(c -> c == ':').count() >= 5),
          Pattern.compile("(?<![\\w:.])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\\w:])"),
          m -> isIpv6(m.group()) ? "<IP>" : m.group()));

  static final RuleRedactor STANDARD = new RuleRedactor(SECRETS);
  static final RuleRedactor WITH_IPS = new RuleRedactor(concat(SECRETS, IPS));

  private final List<Rule> rules;

  private RuleRedactor(List<Rule> rules) {
    this.rules = rules;
  }

  @Override
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    for (Rule rule : rules) {
      text = rule.apply(text);
    }
    return text;
  }

  /** One pattern, its replacement, and the test a text must pass before the pattern is run. */
  private record Rule(Predicate<String> gate, Pattern pattern, Function<MatchResult, String> replace) {
    String apply(String text) {
      if (!gate.test(text)) {
        return text;
      }
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(m -> Matcher.quoteReplacement(replace.apply(m))) : text;
    }
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

  private static List<Rule> concat(List<Rule> a, List<Rule> b) {
    List<Rule> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c >= '0' && c <= '9' ? 1 : 0;
    }
    return n;
  }

  /** A colon run is an IPv6 address when it has a digit and either {@code ::} or all eight groups. */
  private static boolean isIpv6(String run) {
    long colons = run.chars().filter(c -> c == ':').count();
    return digits(run) > 0 && (run.contains("::") || colons == 7);
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
