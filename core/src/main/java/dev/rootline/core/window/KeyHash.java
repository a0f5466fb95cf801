package dev.rootline.core.window;

/**
 * Hash codes for keys made of a few names. A record's own hash (31 × h + …) keeps names that
 * differ in one character a fixed distance apart ({@code "svc-1"}, {@code "svc-2"}, …), so
 * structured service and operation names pile into a few hash-table buckets; each part is mixed
 * here (MurmurHash3's finalizer) before the next is added. Stable across runs: no identity hashes.
 */
public final class KeyHash {
  private KeyHash() {}

  public static int of(int a, int b) {
    return mix(mix(a) * 0x9E3779B9 + b);
  }

  public static int of(int a, int b, int c) {
    return mix(of(a, b) * 0x9E3779B9 + c);
  }

  /** MurmurHash3's 32-bit finalizer: every input bit affects every output bit. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
