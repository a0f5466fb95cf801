package dev.rootline.anomaly;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A growable big-endian byte buffer for the state codecs. */
final class ByteWriter {
  private ByteBuffer buffer;

  ByteWriter(int capacity) {
    buffer = ByteBuffer.allocate(capacity);
  }

  ByteWriter putByte(int value) {
    room(1).put((byte) value);
    return this;
  }

  ByteWriter putBoolean(boolean value) {
    return putByte(value ? 1 : 0);
  }

  ByteWriter putShort(int value) {
    room(2).putShort((short) value);
    return this;
  }

  ByteWriter putInt(int value) {
    room(4).putInt(value);
    return this;
  }

  ByteWriter putLong(long value) {
    room(8).putLong(value);
    return this;
  }

  ByteWriter putFloat(double value) {
    room(4).putFloat((float) value);
    return this;
  }

  ByteWriter putBytes(byte[] values) {
    room(values.length).put(values);
    return this;
  }

  byte[] toBytes() {
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private ByteBuffer room(int bytes) {
    if (buffer.remaining() < bytes) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
      bigger.put(buffer.array(), 0, buffer.position());
      buffer = bigger;
    }
    return buffer;
  }
}
