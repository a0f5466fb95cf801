package dev.rootline.ingest.otlp;

import dev.rootline.core.telemetry.Resource;
import java.util.Arrays;

/**
 * Decoded resources by the bytes of their protobuf message, one small direct-mapped table per
 * thread. A Collector sends the same resource (an SDK's twenty-odd attributes) with every batch of
 * a service instance, so comparing its bytes with the last ones seen replaces decoding them. An
 * entry also remembers the {@link IngestLimits} it was decoded under: the same bytes under other
 * limits may decode differently. Bounded: {@value #SLOTS} entries of at most {@value #MAX_BYTES}
 * bytes each.
 */
final class ResourceCache {
  static final int MAX_BYTES = 2048;
  private static final int SLOTS = 256;
  private static final ThreadLocal<ResourceCache> PER_THREAD = ThreadLocal.withInitial(ResourceCache::new);

  private final byte[][] keys = new byte[SLOTS][];
  private final IngestLimits[] limits = new IngestLimits[SLOTS];
  private final String[][] values = new String[SLOTS][];
  private final Resource[] resources = new Resource[SLOTS];

  private ResourceCache() {}

  /** The calling thread's cache. */
  static ResourceCache get() {
    return PER_THREAD.get();
  }

  /**
   * The resource decoded earlier from the same {@code length} bytes at {@code offset} under the
   * same limits, with its attribute values (by resource slot) copied into {@code into}; or null.
   */
  Resource find(byte[] buf, int offset, int length, IngestLimits limits, String[] into) {
    if (length < 0 || length > MAX_BYTES || length > buf.length - offset) {
      return null; // the reader reports a truncated or garbled message when it gets there
    }
    int slot = slot(buf, offset, length);
    byte[] key = keys[slot];
    if (key == null || this.limits[slot] != limits || !Arrays.equals(key, 0, key.length, buf, offset, offset + length)) {
      return null;
    }
    System.arraycopy(values[slot], 0, into, 0, into.length);
    return resources[slot];
  }

  /** Remembers what {@code length} bytes at {@code offset} decoded to: the values by slot and the resource. */
  void put(byte[] buf, int offset, int length, IngestLimits limits, String[] decoded, Resource resource) {
    if (length > MAX_BYTES) {
      return;
    }
    int slot = slot(buf, offset, length);
    keys[slot] = Arrays.copyOfRange(buf, offset, offset + length);
    this.limits[slot] = limits;
    values[slot] = decoded.clone();
    resources[slot] = resource;
  }

  /** From the length and four longs spread over the bytes: constant time; equal slots are compared in full. */
  private static int slot(byte[] buf, int offset, int length) {
    long hash = BytesHash.sampled(buf, offset, length, 4);
    int h = (int) (hash ^ (hash >>> 32));
    return (h ^ (h >>> 8) ^ (h >>> 16)) & (SLOTS - 1);
  }
}
