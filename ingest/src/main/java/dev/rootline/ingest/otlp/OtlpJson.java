package dev.rootline.ingest.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.protobuf.Descriptors;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * OTLP/JSON as the OpenTelemetry specification defines it: protobuf's JSON mapping, except that
 * trace and span ids are hex strings rather than base64 and enums are written as integers.
 */
public final class OtlpJson {
  private static final Set<String> ID_FIELDS = Set.of("traceId", "spanId", "parentSpanId");
  /** The characters protobuf's JSON printer escapes to be safe in HTML, by their hex code. */
  private static final Map<String, Character> HTML_ESCAPES =
      Map.of("003c", '<', "003e", '>', "0026", '&', "003d", '=', "0027", '\'');
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().printingEnumsAsInts().omittingInsignificantWhitespace();

  private OtlpJson() {}

  /**
   * Parses OTLP/JSON into the given message builder.
   *
   * @throws InvalidRecordException when the text is not JSON or not of the builder's schema
   */
  public static <B extends Message.Builder> B parse(byte[] json, B builder) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw new InvalidRecordException("OTLP/JSON must be a JSON object");
      }
      requireKnownField(tree, builder.getDescriptorForType());
      convertIds(tree, OtlpJson::hexToBase64);
      PARSER.merge(MAPPER.writeValueAsString(tree), builder);
      return builder;
    } catch (InvalidProtocolBufferException e) {
      throw new InvalidRecordException("JSON does not match the OTLP schema: " + abbreviate(firstLine(e), 160), e);
    } catch (IOException e) {
      throw new InvalidRecordException("invalid JSON: " + JsonStructure.describe(e), e);
    }
  }

  /** Prints a message as one line of OTLP/JSON. */
  public static String print(MessageOrBuilder message) {
    try {
      return rewrite(PRINTER.print(message));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot print " + message.getClass().getSimpleName(), e);
    }
  }

  /**
   * Turns compact protobuf JSON into OTLP/JSON in one pass over its string tokens: the values of id
   * fields go from base64 to hex, and the HTML-safe escapes protobuf writes ({@code \u003d} for
   * {@code =} and the like) become the characters again, as a plain JSON writer prints them.
   */
  private static String rewrite(String json) {
    StringBuilder out = new StringBuilder(json.length() + json.length() / 8);
    boolean idValue = false;
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c != '"') {
        out.append(c);
        i++;
        continue;
      }
      int end = closingQuote(json, i);
      if (idValue) {
        out.append('"').append(base64ToHex(json.substring(i + 1, end))).append('"');
        idValue = false;
      } else {
        appendUnescaped(out, json, i, end);
        idValue = end + 1 < json.length() && json.charAt(end + 1) == ':'
            && ID_FIELDS.contains(json.substring(i + 1, end));
      }
      i = end + 1;
    }
    return out.toString();
  }

  private static int closingQuote(String json, int open) {
    int i = open + 1;
    while (json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /** Copies the string token from {@code open} to {@code close}, undoing protobuf's HTML-safe escapes. */
  private static void appendUnescaped(StringBuilder out, String json, int open, int close) {
    int from = open;
    for (int i = open + 1; i < close; i++) {
      if (json.charAt(i) != '\\') {
        continue;
      }
      Character html = json.charAt(i + 1) == 'u' ? HTML_ESCAPES.get(json.substring(i + 2, i + 6)) : null;
      if (html != null) {
        out.append(json, from, i).append(html.charValue());
        from = i + 6;
      }
      i += html != null ? 5 : 1;
    }
    out.append(json, from, close + 1);
  }

  /**
   * An object with fields but none of the message's is another schema (often another signal's
   * request); unknown fields beside known ones are ignored, as the OTLP/JSON mapping asks.
   */
  private static void requireKnownField(JsonNode tree, Descriptors.Descriptor type) {
    if (tree.isEmpty()) {
      return;
    }
    for (Descriptors.FieldDescriptor field : type.getFields()) {
      if (tree.has(field.getJsonName()) || tree.has(field.getName())) {
        return;
      }
    }
    throw new InvalidRecordException("JSON does not match the OTLP schema: no "
        + type.getFields().get(0).getJsonName() + " field");
  }

  private interface IdConversion {
    String apply(String value);
  }

  private static void convertIds(JsonNode node, IdConversion conversion) {
    if (node.isArray()) {
      node.forEach(child -> convertIds(child, conversion));
    } else if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (ID_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(conversion.apply(field.getValue().textValue())));
        } else {
          convertIds(field.getValue(), conversion);
        }
      }
    }
  }

  private static String hexToBase64(String hex) {
    try {
      return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("trace and span ids must be hex strings, got '" + abbreviate(hex) + "'");
    }
  }

  private static String base64ToHex(String base64) {
    return HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
  }

  private static String abbreviate(String text) {
    return abbreviate(text, 40);
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
