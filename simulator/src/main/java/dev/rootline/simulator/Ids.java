package dev.rootline.simulator;

import com.google.protobuf.ByteString;
import java.util.random.RandomGenerator;

/** Random W3C trace and span ids, as an SDK's id generator makes them. */
final class Ids {
  private final RandomGenerator random;

  Ids(RandomGenerator random) {
    this.random = random;
  }

  /** 16 random bytes, never all zero. */
  ByteString traceId() {
    byte[] bytes = new byte[16];
    write(nonZero(), bytes, 0);
    write(random.nextLong(), bytes, 8);
    return ByteString.copyFrom(bytes);
  }

  /** 8 random bytes, never all zero. */
  ByteString spanId() {
    byte[] bytes = new byte[8];
    write(nonZero(), bytes, 0);
    return ByteString.copyFrom(bytes);
  }

  private long nonZero() {
    long value;
    do {
      value = random.nextLong();
    } while (value == 0);
    return value;
  }

  private static void write(long value, byte[] out, int offset) {
    for (int i = 7; i >= 0; i--) {
      out[offset + i] = (byte) value;
      value >>>= 8;
    }
  }
}
