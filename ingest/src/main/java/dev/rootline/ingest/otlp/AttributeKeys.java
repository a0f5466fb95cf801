package dev.rootline.ingest.otlp;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute keys Rootline reads, mapped to slots, under their current and older
 * semantic-convention names. Readers ask for the slot first and skip the value of any key without
 * one, so most attribute values are never decoded. The protobuf reader asks with the key's UTF-8
 * bytes ({@link #slot(int, byte[], int, int)}): most keys on a span or resource are not Rootline's,
 * and those are not decoded either.
 */
final class AttributeKeys {
  /** Where a key/value list sits: on a resource, a span, or a span event. */
  static final int RESOURCE = 0, SPAN = 1, EVENT = 2;
  static final int NONE = -1;

  static final int SERVICE_NAME = 0, SERVICE_VERSION = 1, ENVIRONMENT = 2, ENVIRONMENT_OLD = 3,
      INSTANCE = 4, K8S_NAMESPACE = 5, K8S_POD = 6, HOST = 7, RESOURCE_SLOTS = 8;

  static final int HTTP_METHOD = 0, HTTP_METHOD_OLD = 1, HTTP_ROUTE = 2, PEER_SERVICE = 3,
      SERVER_ADDRESS = 4, NET_PEER_NAME = 5, DB_SYSTEM = 6, DB_SYSTEM_OLD = 7, DB_NAMESPACE = 8,
      DB_NAME = 9, MESSAGING_SYSTEM = 10, MESSAGING_DESTINATION = 11,
      MESSAGING_DESTINATION_OLD = 12, RPC_SERVICE = 13, HTTP_STATUS = 14, HTTP_STATUS_OLD = 15,
      SPAN_SLOTS = 16;

  static final int EXCEPTION_TYPE = 0, EXCEPTION_MESSAGE = 1;

  /** Per scope, the key of each slot (index = slot). */
  private static final List<List<String>> KEYS = List.of(
      List.of("service.name", "service.version", "deployment.environment.name", "deployment.environment",
          "service.instance.id", "k8s.namespace.name", "k8s.pod.name", "host.name"),
      List.of("http.request.method", "http.method", "http.route", "peer.service", "server.address",
          "net.peer.name", "db.system.name", "db.system", "db.namespace", "db.name", "messaging.system",
          "messaging.destination.name", "messaging.destination", "rpc.service", "http.response.status_code",
          "http.status_code"),
      List.of("exception.type", "exception.message"));

  private static final List<Map<String, Integer>> SLOT_OF_KEY = KEYS.stream().map(AttributeKeys::slotOfKey).toList();
  /** Per scope, per key length in bytes: the keys of that length and their slots. */
  private static final byte[][][][] KEY_BYTES = new byte[KEYS.size()][][][];
  private static final int[][][] KEY_SLOTS = new int[KEYS.size()][][];

  static {
    for (int scope = 0; scope < KEYS.size(); scope++) {
      indexByLength(scope);
    }
  }

  private AttributeKeys() {}

  /** The slot of {@code key} in the given scope, or {@link #NONE}. */
  static int slot(int scope, String key) {
    return SLOT_OF_KEY.get(scope).getOrDefault(key, NONE);
  }

  /**
   * The slot of the key whose UTF-8 bytes are {@code length} bytes of {@code buf} at
   * {@code offset}, or {@link #NONE}: the answer {@link #slot(int, String)} gives for the decoded
   * key. Bytes that are none of Rootline's keys are not decoded, so not checked for valid UTF-8
   * either, as the values of such keys are not.
   */
  static int slot(int scope, byte[] buf, int offset, int length) {
    byte[][][] byLength = KEY_BYTES[scope];
    if (length >= byLength.length) {
      return NONE;
    }
    byte[][] keys = byLength[length];
    for (int i = 0; i < keys.length; i++) {
      byte[] key = keys[i];
      // Last byte first: most keys of the same length end differently, which is cheaper to see.
      if (key[length - 1] == buf[offset + length - 1] && Arrays.equals(key, 0, length, buf, offset, offset + length)) {
        return KEY_SLOTS[scope][length][i];
      }
    }
    return NONE;
  }

  /** Whether a span slot holds an HTTP status code, which senders write as int or string. */
  static boolean isStatusCode(int spanSlot) {
    return spanSlot == HTTP_STATUS || spanSlot == HTTP_STATUS_OLD;
  }

  private static Map<String, Integer> slotOfKey(List<String> keys) {
    Map<String, Integer> slots = new HashMap<>();
    for (int slot = 0; slot < keys.size(); slot++) {
      slots.put(keys.get(slot), slot);
    }
    return Map.copyOf(slots);
  }

  private static void indexByLength(int scope) {
    List<String> keys = KEYS.get(scope);
    int longest = keys.stream().mapToInt(key -> key.getBytes(UTF_8).length).max().orElse(0);
    byte[][][] byLength = new byte[longest + 1][0][];
    int[][] slots = new int[longest + 1][0];
    for (int slot = 0; slot < keys.size(); slot++) {
      byte[] bytes = keys.get(slot).getBytes(UTF_8);
      int n = byLength[bytes.length].length;
      byLength[bytes.length] = Arrays.copyOf(byLength[bytes.length], n + 1);
      byLength[bytes.length][n] = bytes;
      slots[bytes.length] = Arrays.copyOf(slots[bytes.length], n + 1);
      slots[bytes.length][n] = slot;
    }
    KEY_BYTES[scope] = byLength;
    KEY_SLOTS[scope] = slots;
  }
}
