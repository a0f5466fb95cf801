package dev.rootline.core.telemetry;

/** Hex rendering and parsing of W3C trace and span ids held as longs. */
public final class TraceIds {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private TraceIds() {}

  /** The 32-character lower-case hex form of a trace id. */
  public static String hex(long high, long low) {
    char[] out = new char[32];
    write(high, out, 0);
    write(low, out, 16);
    return new String(out);
  }

  /** The 16-character lower-case hex form of a span id. */
  public static String hex(long id) {
    char[] out = new char[16];
    write(id, out, 0);
    return new String(out);
  }

  /**
   * Parses 16 hex digits starting at {@code offset}.
   *
   * @throws IllegalArgumentException when a character is not a hex digit
   */
  public static long parseLong(CharSequence hex, int offset) {
    long value = 0;
    for (int i = offset; i < offset + 16; i++) {
      int digit = Character.digit(hex.charAt(i), 16);
      if (digit < 0) {
        throw new IllegalArgumentException("not a hex id: " + hex);
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  private static void write(long value, char[] out, int offset) {
    for (int i = 15; i >= 0; i--) {
      out[offset + i] = DIGITS[(int) (value & 0xF)];
      value >>>= 4;
    }
  }
}
