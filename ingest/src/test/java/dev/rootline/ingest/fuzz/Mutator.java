package dev.rootline.ingest.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes fuzz inputs from a seeded {@link Random}: noise, byte-level mutations of valid records (bit
 * flips, truncation, duplicated and inserted runs, overlong varints, huge length prefixes, wrong wire
 * types, deeply nested groups) and JSON-aware ones (values of the wrong type, duplicated fields,
 * deep nesting, huge numbers, long strings, bad hex, text encodings Jackson guesses from zero bytes).
 * The same seed gives the same inputs, so a failure names its case and can be replayed.
 */
public final class Mutator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands in for a value the tree cannot hold (deeper than a generator writes, or raw text). */
  private static final String RAW = "@@raw@@";
  private static final String DUPLICATE = "@@duplicate@@";
  private static final byte[] INTERESTING = {0, 1, 2, 7, 8, 0x0a, 0x12, 0x1a, 0x22, 0x7f, (byte) 0x80,
      (byte) 0xff, (byte) 0xfe, '{', '}', '[', ']', '"', ':', ',', '\\', 'e', '-', '0'};

  private final Random random;
  /** The field {@link #DUPLICATE} stands for in the tree being mutated. */
  private String duplicateName = "";

  public Mutator(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  /** Random bytes of a random length, sometimes of one repeated value or of small integers only. */
  public byte[] noise() {
    byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 64 : 4096)];
    switch (random.nextInt(4)) {
      case 0 -> Arrays.fill(bytes, INTERESTING[random.nextInt(INTERESTING.length)]);
      case 1 -> {
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) random.nextInt(0x20);
        }
      }
      default -> random.nextBytes(bytes);
    }
    return bytes;
  }

  /** One to four byte-level mutations of {@code valid}; {@code other} is a second valid record to splice from. */
  public byte[] mutateBytes(byte[] valid, byte[] other) {
    byte[] bytes = valid.clone();
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      bytes = mutateOnce(bytes, other);
    }
    return bytes;
  }

  private byte[] mutateOnce(byte[] bytes, byte[] other) {
    if (bytes.length == 0) {
      return noise();
    }
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(11)) {
      case 0 -> flipBit(bytes, at);
      case 1 -> set(bytes, at, INTERESTING[random.nextInt(INTERESTING.length)]);
      case 2 -> Arrays.copyOf(bytes, at); // truncation
      case 3 -> remove(bytes, at, 1 + random.nextInt(Math.min(64, bytes.length - at)));
      case 4 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(256))));
      case 5 -> insert(bytes, at, randomBytes(1 + random.nextInt(16)));
      case 6 -> insert(bytes, at, overlongVarint());
      case 7 -> insert(bytes, at, hugeLength());
      case 8 -> set(bytes, at, (byte) ((bytes[at] & ~7) | random.nextInt(8))); // another wire type
      case 9 -> concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(other, random.nextInt(Math.max(1, other.length)), other.length));
      default -> insert(bytes, at, nestedGroups(50 + random.nextInt(5000)));
    };
  }

  /**
   * A JSON-aware mutation of {@code json}: the tree changed in one place and written out, sometimes
   * followed by a byte-level mutation of the text.
   */
  public byte[] mutateJson(byte[] json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the seed must be valid JSON", e);
    }
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(tree, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    String raw = changeOne(target);
    String text = tree.toString();
    if (raw != null) {
      text = text.replace('"' + RAW + '"', raw);
    }
    text = text.replace('"' + DUPLICATE + '"', '"' + duplicateName + '"');
    byte[] bytes = text.getBytes(UTF_8);
    return random.nextInt(4) == 0 ? mutateBytes(bytes, json) : bytes;
  }

  /** Bytes Jackson reads as UTF-16 or UTF-32 (or refuses as an odd UCS-4 order) in front of {@code json}. */
  public byte[] oddEncoding(byte[] json) {
    byte[][] prefixes = {
        {0, 0, (byte) 0xfe, (byte) 0xff}, {(byte) 0xff, (byte) 0xfe, 0, 0}, {(byte) 0xfe, (byte) 0xff},
        {0, 0, '{', 0}, {0, '{', 0, 0}, {0, '{'}, {'{', 0}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        {0, 0, 0, '{'}, {'{', 0, 0, 0}};
    return concat(prefixes[random.nextInt(prefixes.length)], random.nextBoolean() ? json : new byte[0]);
  }

  /** Changes one thing in or under {@code container}; returns raw text for {@link #RAW}, or null. */
  private String changeOne(JsonNode container) {
    List<String> names = new ArrayList<>();
    container.fieldNames().forEachRemaining(names::add);
    int size = container.size();
    switch (random.nextInt(9)) {
      case 0 -> replace(container, names, wrongType());
      case 1 -> {
        if (container instanceof ObjectNode object && !names.isEmpty()) {
          duplicateName = names.get(random.nextInt(names.size()));
          object.set(DUPLICATE, random.nextBoolean() ? object.get(duplicateName).deepCopy() : wrongType());
        }
      }
      case 2 -> {
        replace(container, names, NODES.textNode(RAW));
        return deepNesting(10 + random.nextInt(random.nextBoolean() ? 200 : 5_000));
      }
      case 3 -> replace(container, names, NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(400)))));
      case 4 -> replace(container, names, NODES.textNode("x".repeat(random.nextInt(20_000))));
      case 5 -> replace(container, names, NODES.textNode(badHex()));
      case 6 -> {
        if (container instanceof ObjectNode object && !names.isEmpty()) {
          object.remove(names.get(random.nextInt(names.size())));
        } else if (container instanceof ArrayNode array && size > 0) {
          array.remove(random.nextInt(size));
        }
      }
      case 7 -> {
        if (container instanceof ArrayNode array && size > 0) {
          JsonNode element = array.get(random.nextInt(size));
          for (int i = random.nextInt(300); i >= 0; i--) {
            array.add(element.deepCopy()); // many items in one record
          }
        }
      }
      default -> {
        replace(container, names, NODES.textNode(RAW));
        return String.valueOf(numberText());
      }
    }
    return null;
  }

  private void replace(JsonNode container, List<String> names, JsonNode value) {
    if (container instanceof ObjectNode object && !names.isEmpty()) {
      object.set(names.get(random.nextInt(names.size())), value);
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), value);
    } else if (container instanceof ObjectNode object) {
      object.set("x", value);
    }
  }

  private JsonNode wrongType() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(random.nextDouble() * 1e300);
      case 4 -> NODES.textNode(Long.toString(random.nextLong()));
      case 5 -> NODES.arrayNode().add(random.nextInt());
      default -> NODES.objectNode().put("k", "v");
    };
  }

  private String numberText() {
    String[] numbers = {"-0", "1e999999", "-1e-999999", "18446744073709551616", "-9223372036854775809",
        "9223372036854775807", "0.5", "1E2", "NaN", "Infinity", "00", "1.", "-", "0x10", "1_0"};
    return numbers[random.nextInt(numbers.length)];
  }

  private String badHex() {
    String[] ids = {"", "0", "zz", "4bf92f3577b34da6a3ce929d0e0e473", "4bf92f3577b34da6a3ce929d0e0e4736ff",
        "00000000000000000000000000000000", "0000000000000000", "ＡＢ", "4BF92F3577B34DA6A3CE929D0E0E4736",
        "4bf92f3577b34da6a3ce929d0e0e4736".repeat(100), "\u0000\u0000", "-1", "AAAAAAAAAAAAAAAAAAAAAA=="};
    return ids[random.nextInt(ids.length)];
  }

  private String deepNesting(int depth) {
    boolean arrays = random.nextBoolean();
    StringBuilder out = new StringBuilder(depth * 8);
    for (int i = 0; i < depth; i++) {
      out.append(arrays ? "[" : "{\"a\":");
    }
    out.append("1");
    for (int i = 0; i < depth; i++) {
      out.append(arrays ? ']' : '}');
    }
    return out.toString();
  }

  private static void collectContainers(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Map.Entry<String, JsonNode> field : iterable(node)) {
        collectContainers(field.getValue(), into);
      }
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    if (node.isObject()) {
      return node::fields;
    }
    List<Map.Entry<String, JsonNode>> elements = new ArrayList<>();
    node.forEach(element -> elements.add(Map.entry("", element)));
    return elements;
  }

  private byte[] flipBit(byte[] bytes, int at) {
    bytes[at] ^= (byte) (1 << random.nextInt(8));
    return bytes;
  }

  private static byte[] set(byte[] bytes, int at, byte value) {
    bytes[at] = value;
    return bytes;
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A varint of more than ten bytes: continuation bits that never end in time. */
  private byte[] overlongVarint() {
    byte[] bytes = new byte[11 + random.nextInt(8)];
    Arrays.fill(bytes, (byte) 0x80);
    bytes[bytes.length - 1] = 1;
    return bytes;
  }

  /** A length-delimited field 1 whose length is far beyond the record, or negative as an int. */
  private byte[] hugeLength() {
    byte[][] lengths = {
        {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07},
        {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f},
        {0x12, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08},
        {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}};
    return lengths[random.nextInt(lengths.length)];
  }

  /** Start-group tags nested {@code depth} deep, each closed again, as unknown fields. */
  private static byte[] nestedGroups(int depth) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(depth * 2);
    for (int i = 0; i < depth; i++) {
      out.write(0x7b); // field 15, start group
    }
    for (int i = 0; i < depth; i++) {
      out.write(0x7c); // field 15, end group
    }
    return out.toByteArray();
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
  }

  private static byte[] remove(byte[] bytes, int at, int length) {
    return concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
  }

  /** The two arrays one after the other. */
  public static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }
}
