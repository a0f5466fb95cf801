package dev.rootline.ingest.logs;

import dev.rootline.core.privacy.Redactor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of log text, in two strengths: {@link #redact} hides secrets and personal data (kept
 * examples), {@link #mask} also replaces variable values with typed placeholders ({@code <NUM>},
 * {@code <HEX>}, {@code <UUID>}, {@code <IP>}, {@code <TS>}, {@code <DUR>}, {@code <STR>}) for
 * template mining. Numbers and ids are looked for only in the tokens that have a digit.
 */
final class Masks {
  private static final String NUM = "<NUM>";
  private static final String TS = "<TS>";
  /** The same secret rules as everything else that leaves the process (core's redactor). */
  private static final Redactor SECRETS = Redactor.standard();
  private static final Pattern JSON_GAP = Pattern.compile("(?:\":|,)(?=\")|\":(?=[\\d\\[{tfn-])");

  private Masks() {}

  /** The text with secrets, e-mail addresses and card numbers replaced by placeholders. */
  static String redact(String text) {
    return SECRETS.redact(text);
  }

  /** The redacted text with variable values masked, its tokens separated by single spaces. */
  static String mask(String text) {
    String line = MaskRules.applyAll(MaskRules.QUOTES, redact(spaceJson(text)));
    StringBuilder out = new StringBuilder(line.length() + 16);
    int start = -1;
    for (int i = 0, n = line.length(); i <= n; i++) {
      boolean space = i == n || Character.isWhitespace(line.charAt(i));
      if (space && start >= 0) {
        append(out, line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out.toString();
  }

  /** The first non-blank line, cut before the word that would cross {@code maxChars}. */
  static String firstLine(String text, int maxChars) {
    int start = 0;
    int end = text.indexOf('\n');
    while (end >= 0 && text.substring(start, end).isBlank()) {
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    if (line.length() <= maxChars) {
      return line;
    }
    int cut = line.lastIndexOf(' ', maxChars);
    if (cut <= 0) {
      cut = Character.isHighSurrogate(line.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    }
    return line.substring(0, cut).strip();
  }

  /** Appends the masked token; a unit word after a number makes a duration, a time after a date one time. */
  private static void append(StringBuilder out, String token) {
    Matcher unit = endsWith(out, NUM) ? MaskRules.UNIT.matcher(token) : null;
    if (unit != null && unit.lookingAt()) {
      out.setLength(out.length() - NUM.length());
      out.append("<DUR>").append(maskToken(token.substring(unit.end())));
      return;
    }
    String masked = maskToken(token);
    if (endsWith(out, TS) && masked.startsWith(TS)) {
      out.append(masked, TS.length(), masked.length());
      return;
    }
    out.append(out.length() == 0 ? "" : " ").append(masked);
  }

  private static String maskToken(String token) {
    return MaskRules.digits(token) == 0 ? token : Numbers.mask(MaskRules.applyAll(MaskRules.TOKEN, token));
  }

  private static boolean endsWith(StringBuilder out, String suffix) {
    int from = out.length() - suffix.length();
    return from >= 0 && out.indexOf(suffix, from) == from;
  }

  /** A space after each JSON key and comma, so that values become tokens of their own. */
  private static String spaceJson(String text) {
    return text.startsWith("{") ? JSON_GAP.matcher(text).replaceAll("$0 ") : text;
  }
}
