package dev.rootline.app.otlphttp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The {@code google.rpc.Status} body OTLP/HTTP servers answer errors with. Written by hand: it is
 * two fields, and the generated class is not in the OTLP protobuf jar.
 */
final class RpcStatus {
  static final int INVALID_ARGUMENT = 3;
  static final int UNAVAILABLE = 14;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RpcStatus() {}

  static byte[] protobuf(int code, String message) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeInt32(1, code);
      out.writeString(2, message);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] json(int code, String message) {
    try {
      return MAPPER.writeValueAsBytes(Map.of("code", code, "message", message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
