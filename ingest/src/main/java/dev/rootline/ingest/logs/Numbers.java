package dev.rootline.ingest.logs;

/**
 * The most frequent masks of a token in one hand-written pass instead of three regex scans: within
 * each word of the token a duration ({@code 12ms}, {@code 1m30s}) becomes {@code <DUR>}, a hex id
 * ({@code 0x1f}, {@code 7f9c8d}) {@code <HEX>}, a number ({@code -12.50}, {@code 1.2.3})
 * {@code <NUM>}. Words start after a non-word character; a number right after a dot stays ({@code v1.2}).
 */
final class Numbers {
  private static final String NUM = "<NUM>";
  private static final String[] UNITS = {"ns", "us", "\u00b5s", "ms", "s", "m", "h"};

  private Numbers() {}

  static String mask(String token) {
    StringBuilder out = null;
    int copied = 0;
    int n = token.length();
    for (int i = 0; i < n; ) {
      char prev = i == 0 ? ' ' : token.charAt(i - 1);
      if (!isWord(token.charAt(i)) || isWord(prev)) {
        i++;
        continue;
      }
      int end = wordEnd(token, i);
      String placeholder = classify(token, i, end, prev == '.');
      if (placeholder != null) {
        boolean signed = placeholder == NUM && (prev == '-' || prev == '+')
            && (i == 1 || !isWord(token.charAt(i - 2)) && token.charAt(i - 2) != '.');
        out = out == null ? new StringBuilder(n + 8) : out;
        out.append(token, copied, signed ? i - 1 : i).append(placeholder);
        copied = end;
      }
      i = end;
    }
    return out == null ? token : out.append(token, copied, n).toString();
  }

  /** The end of the word at {@code start}; while it is all digits it goes on over a dot and a digit. */
  private static int wordEnd(String token, int start) {
    boolean numeric = true;
    int i = start;
    while (i < token.length()) {
      char c = token.charAt(i);
      if (c == '.' && numeric && i + 1 < token.length() && isDigit(token.charAt(i + 1))) {
        i++;
      } else if (isWord(c)) {
        numeric &= isDigit(c);
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static String classify(String token, int start, int end, boolean afterDot) {
    if (!afterDot && isDuration(token, start, end)) {
      return "<DUR>";
    }
    if (isHex(token, start, end)) {
      return "<HEX>";
    }
    return !afterDot && isDigit(token.charAt(start)) && isNumber(token, start, end) ? NUM : null;
  }

  /** One to four groups of digits (with an optional fraction) and a unit. */
  private static boolean isDuration(String token, int start, int end) {
    int i = start;
    int groups = 0;
    while (i < end && groups < 4) {
      int digits = i;
      while (i < end && (isDigit(token.charAt(i)) || token.charAt(i) == '.' && i > digits)) {
        i++;
      }
      String unit = i == digits ? null : unitAt(token, i, end);
      if (unit == null) {
        return false;
      }
      i += unit.length();
      groups++;
    }
    return groups > 0 && i == end;
  }

  private static String unitAt(String token, int i, int end) {
    for (String unit : UNITS) {
      if (token.startsWith(unit, i) && i + unit.length() <= end) {
        return unit;
      }
    }
    return null;
  }

  /** {@code 0x} and hex digits, or six or more hex characters mixing digits and letters ("decade" is a word). */
  private static boolean isHex(String token, int start, int end) {
    boolean prefixed = end - start >= 3 && token.charAt(start) == '0' && (token.charAt(start + 1) | 0x20) == 'x';
    boolean digit = false;
    boolean letter = false;
    for (int i = prefixed ? start + 2 : start; i < end; i++) {
      char c = token.charAt(i);
      if (isDigit(c)) {
        digit = true;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        letter = true;
      } else {
        return false;
      }
    }
    return prefixed || end - start >= 6 && digit && letter;
  }

  private static boolean isNumber(String token, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isDigit(token.charAt(i)) && token.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWord(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '\u00b5';
  }
}
