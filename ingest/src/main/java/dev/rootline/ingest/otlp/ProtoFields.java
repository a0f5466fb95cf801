package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.NONE;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.io.IOException;

/**
 * Field-level reading of one protobuf record for {@link ProtoSpanReader}. Each read takes the tag
 * and checks it has the wire type OTLP declares for the field: a mismatch means the bytes are not
 * the message being walked (often another signal's record). Strings come through the
 * {@link StringCache}, ids as longs, and {@code KeyValue}s go into a {@link SpanDraft} without
 * decoding the values of keys Rootline does not read.
 */
final class ProtoFields {
  private static final int VARINT = 0, FIXED64 = 1, LEN = 2;

  private final byte[] record;
  private final CodedInputStream in;
  private final StringCache cache = StringCache.get();
  private final IngestLimits limits;
  private final SpanDraft draft;

  ProtoFields(byte[] record, IngestLimits limits, SpanDraft draft) {
    this.record = record;
    this.in = CodedInputStream.newInstance(record);
    this.limits = limits;
    this.draft = draft;
  }

  /** The next tag, or 0 at the end of the current message. */
  int tag() throws IOException {
    return in.readTag();
  }

  static int field(int tag) {
    return tag >>> 3;
  }

  void skip(int tag) throws IOException {
    in.skipField(tag);
  }

  /** Enters the embedded message of a tag; pass the result to {@link #exit}. */
  int enter(int tag) throws IOException {
    return enterMessage(messageLength(tag));
  }

  /** The length of the embedded message of a tag; it starts at {@link #position()}. */
  int messageLength(int tag) throws IOException {
    expect(tag, LEN);
    return in.readRawVarint32();
  }

  /** Where the reader is in the record, in bytes. */
  int position() {
    return in.getTotalBytesRead();
  }

  /** Enters a message whose length was read ({@link #messageLength}); pass the result to {@link #exit}. */
  int enterMessage(int length) throws IOException {
    return in.pushLimit(length);
  }

  void skipBytes(int length) throws IOException {
    in.skipRawBytes(length);
  }

  void exit(int oldLimit) {
    in.popLimit(oldLimit);
  }

  long fixed64(int tag) throws IOException {
    expect(tag, FIXED64);
    return in.readFixed64();
  }

  int enumValue(int tag) throws IOException {
    expect(tag, VARINT);
    return in.readEnum();
  }

  /** A string cut to the length limit. */
  String string(int tag) throws IOException {
    expect(tag, LEN);
    return limits.truncate(text());
  }

  /** A string as sent, for keys and names that are only compared. */
  String key(int tag) throws IOException {
    expect(tag, LEN);
    return text();
  }

  /** Reads a bytes field of 8 or 16 bytes into {@code into} as big-endian longs; returns its length. */
  int id(int tag, long[] into) throws IOException {
    expect(tag, LEN);
    int length = in.readRawVarint32();
    if (length == 8 || length == 16) {
      for (int i = 0; i < length / 8; i++) {
        into[i] = Long.reverseBytes(in.readRawLittleEndian64());
      }
    } else {
      in.skipRawBytes(length);
    }
    return length;
  }

  /** Reads one {@code KeyValue} of the given {@link AttributeKeys} scope into the draft. */
  void keyValue(int tag, int scope) throws IOException {
    expect(tag, LEN);
    int length = in.readRawVarint32();
    int offset = in.getTotalBytesRead();
    int oldLimit = in.pushLimit(length);
    tag = in.readTag();
    if (field(tag) == 1) {
      int slot = keySlot(tag, scope);
      for (tag = in.readTag(); tag != 0; tag = in.readTag()) {
        if (slot != NONE && field(tag) == 2) {
          anyValue(tag, scope, slot);
        } else {
          in.skipField(tag);
        }
      }
    } else if (tag != 0) {
      in.skipRawBytes(in.getBytesUntilLimit());
      valueBeforeKey(scope, KeyValue.parser().parseFrom(record, offset, length));
    }
    in.popLimit(oldLimit);
  }

  private void anyValue(int tag, int scope, int slot) throws IOException {
    int oldLimit = enter(tag);
    for (tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (field(tag) == 1) {
        draft.text(scope, slot, string(tag));
      } else if (field(tag) == 3) {
        expect(tag, VARINT);
        draft.integer(scope, slot, in.readInt64());
      } else {
        in.skipField(tag);
      }
    }
    exit(oldLimit);
  }

  /** Protobuf allows any field order; for the rare sender that writes the value first, parse fully. */
  private void valueBeforeKey(int scope, KeyValue attribute) {
    int slot = AttributeKeys.slot(scope, attribute.getKey());
    AnyValue value = attribute.getValue();
    if (slot != NONE && value.hasStringValue()) {
      draft.text(scope, slot, limits.truncate(value.getStringValue()));
    } else if (slot != NONE && value.hasIntValue()) {
      draft.integer(scope, slot, value.getIntValue());
    }
  }

  /** The slot of a key, looked up by its bytes: keys Rootline does not read are never decoded. */
  private int keySlot(int tag, int scope) throws IOException {
    expect(tag, LEN);
    int length = in.readRawVarint32();
    int offset = in.getTotalBytesRead();
    in.skipRawBytes(length); // proves the bytes are there before they are looked at
    return AttributeKeys.slot(scope, record, offset, length);
  }

  private String text() throws IOException {
    int length = in.readRawVarint32();
    int offset = in.getTotalBytesRead();
    in.skipRawBytes(length); // proves the bytes are there before the cache looks at them
    String text = cache.utf8(record, offset, length);
    if (text == null) {
      throw new InvalidProtocolBufferException("a string is not valid UTF-8");
    }
    return text;
  }

  private static void expect(int tag, int wireType) throws InvalidProtocolBufferException {
    if ((tag & 7) != wireType) {
      throw new InvalidProtocolBufferException("field " + field(tag) + " has wire type " + (tag & 7)
          + " where OTLP has " + wireType + " (is this the right signal?)");
    }
  }
}
