package dev.rootline.ingest.otlp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small direct-mapped cache from encoded text to {@link String}, one per thread. Span names,
 * routes, attribute keys and values repeat in every batch; with the cache each is decoded once per
 * thread rather than once per span. A slot holds the last string that hashed to it, so memory stays
 * bounded (at most {@value #SLOTS} strings of up to {@value #MAX_CACHED_LENGTH} units per table).
 */
final class StringCache {
  /** Longer strings (messages, statements) rarely repeat and are decoded without the cache. */
  static final int MAX_CACHED_LENGTH = 128;
  private static final int SLOTS = 2048;
  private static final ThreadLocal<StringCache> PER_THREAD = ThreadLocal.withInitial(StringCache::new);

  private final byte[][] utf8Keys = new byte[SLOTS][];
  private final String[] utf8Values = new String[SLOTS];
  private final String[] charValues = new String[SLOTS];
  private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder();

  private StringCache() {}

  /** The calling thread's cache. */
  static StringCache get() {
    return PER_THREAD.get();
  }

  /** The text of {@code length} UTF-8 bytes at {@code offset}, or null when they are not valid UTF-8. */
  String utf8(byte[] buf, int offset, int length) {
    if (length == 0) {
      return "";
    }
    if (length > MAX_CACHED_LENGTH) {
      return decode(buf, offset, length);
    }
    int slot = slot(hash(buf, offset, length));
    byte[] key = utf8Keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, buf, offset, offset + length)) {
      return utf8Values[slot];
    }
    String value = decode(buf, offset, length);
    if (value != null) {
      utf8Keys[slot] = Arrays.copyOfRange(buf, offset, offset + length);
      utf8Values[slot] = value;
    }
    return value;
  }

  /** The text of {@code length} chars at {@code offset}. */
  String chars(char[] buf, int offset, int length) {
    if (length > MAX_CACHED_LENGTH) {
      return new String(buf, offset, length);
    }
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + buf[i];
    }
    int slot = slot(hash);
    String cached = charValues[slot];
    if (cached != null && sameChars(cached, buf, offset, length)) {
      return cached;
    }
    return charValues[slot] = new String(buf, offset, length);
  }

  /**
   * A hash of the length and of the first, middle and last eight bytes: constant time whatever the
   * length. Texts that differ only elsewhere share a slot and take turns in it.
   */
  private static int hash(byte[] buf, int offset, int length) {
    long hash = BytesHash.sampled(buf, offset, length, 3);
    return (int) (hash ^ (hash >>> 29));
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 11)) & (SLOTS - 1);
  }

  private static boolean sameChars(String cached, char[] buf, int offset, int length) {
    if (cached.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (cached.charAt(i) != buf[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Decodes leniently first (fast, intrinsic); only text that had to be repaired is checked strictly. */
  private String decode(byte[] buf, int offset, int length) {
    String text = new String(buf, offset, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      strictUtf8.reset().decode(ByteBuffer.wrap(buf, offset, length));
      return text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
