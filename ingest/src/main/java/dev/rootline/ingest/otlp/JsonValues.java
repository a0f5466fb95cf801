package dev.rootline.ingest.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads OTLP/JSON scalar values the way the OTLP/JSON mapping writes them: hex ids, 64-bit
 * integers as strings or numbers, enums as numbers or names, and absent values as null. Text is
 * read from the parser's buffer, so repeated strings, ids and numbers allocate nothing.
 */
final class JsonValues {
  private final JsonParser parser;
  private final IngestLimits limits;
  private final StringCache cache = StringCache.get();

  JsonValues(JsonParser parser, IngestLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /** A string, cut to the length limit; "" for null. */
  String string(JsonToken token, String field) throws IOException {
    return limits.truncate(key(token, field));
  }

  /** A string as sent, for keys and names that are only compared. */
  String key(JsonToken token, String field) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new JsonShapeException(field + " must be a string");
    }
    return cache.chars(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** A 64-bit integer written as a number or a decimal string; 0 for null. */
  long int64(JsonToken token, String field) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_STRING:
        return decimal(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), field);
      case VALUE_NULL:
        return 0;
      default:
        throw new JsonShapeException(field + " must be an integer or a string of digits");
    }
  }

  /** An enum written as its number or its name, looked up in {@code names} by position. */
  int enumNumber(JsonToken token, String field, String... names) throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getIntValue();
    }
    String name = key(token, field);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return 0; // an unknown name reads as the default, as protobuf's JSON parser does
  }

  /**
   * A hex id into {@code into} (one long per 16 digits, for ids of 8 or 16 bytes); returns the
   * number of bytes it encodes, 0 when empty or null, so the shared rules can judge its length.
   */
  int hexId(JsonToken token, String field, long[] into) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new JsonShapeException(field + " must be a hex string");
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    if (length % 2 != 0) {
      throw new JsonShapeException(field + " must be a hex string, got " + length + " characters");
    }
    for (int i = 0; i < length; i += 16) {
      long value = hex(chars, offset + i, Math.min(16, length - i), field);
      if (i < 32) {
        into[i / 16] = value;
      }
    }
    return length / 2;
  }

  private static long hex(char[] chars, int offset, int length, String field) throws JsonShapeException {
    long value = 0;
    for (int i = offset; i < offset + length; i++) {
      int digit = Character.digit(chars[i], 16);
      if (digit < 0) {
        throw new JsonShapeException(field + " must be a hex string");
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  private static long decimal(char[] chars, int offset, int length, String field) throws JsonShapeException {
    boolean negative = length > 0 && chars[offset] == '-';
    int start = negative ? offset + 1 : offset;
    if (start == offset + length) {
      throw new JsonShapeException(field + " must be an integer or a string of digits");
    }
    long value = 0;
    for (int i = start; i < offset + length; i++) {
      int digit = chars[i] - '0';
      if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
        throw new JsonShapeException(field + " must be a 64-bit integer or a string of its digits");
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }
}
