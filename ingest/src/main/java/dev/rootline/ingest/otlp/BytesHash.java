package dev.rootline.ingest.otlp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A constant-time hash of a byte range for the per-thread caches: its length and a few eight-byte
 * words spread evenly from its first to its last byte (every byte when shorter than eight). Ranges
 * that differ only between the words share a hash; the caches compare a hit in full, so that costs
 * hits, never correctness.
 */
final class BytesHash {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private BytesHash() {}

  /** The hash from {@code words} (at least 2) words: the first, the last, and evenly between. */
  static long sampled(byte[] buf, int offset, int length, int words) {
    long hash = length;
    if (length < Long.BYTES) {
      for (int i = offset; i < offset + length; i++) {
        hash = 31 * hash + buf[i];
      }
      return hash;
    }
    int last = length - Long.BYTES;
    for (int i = 0; i < words; i++) {
      hash = 31 * hash + (long) LONGS.get(buf, offset + last * i / (words - 1));
    }
    return hash;
  }
}
