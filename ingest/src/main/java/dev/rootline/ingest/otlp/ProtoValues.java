package dev.rootline.ingest.otlp;

import com.google.protobuf.ByteString;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.telemetry.Resource;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The pieces {@link OtlpEncoder} writes for every signal: resources, attributes and ids, redacted. */
final class ProtoValues {
  private ProtoValues() {}

  /** The resource's attributes under the keys the decoder reads them from. */
  static io.opentelemetry.proto.resource.v1.Resource resource(Resource resource, Redactor redactor) {
    var out = io.opentelemetry.proto.resource.v1.Resource.newBuilder();
    add(out::addAttributes, "service.name", resource.service(), redactor);
    add(out::addAttributes, "service.version", resource.version(), redactor);
    add(out::addAttributes, "deployment.environment.name", resource.environment(), redactor);
    add(out::addAttributes, "service.instance.id", resource.instance(), redactor);
    add(out::addAttributes, "k8s.namespace.name", resource.k8sNamespace(), redactor);
    add(out::addAttributes, "k8s.pod.name", resource.k8sPod(), redactor);
    add(out::addAttributes, "host.name", resource.host(), redactor);
    return out.build();
  }

  /** String attributes in key order (the decoded map has none), values redacted. */
  static List<KeyValue> attributes(Map<String, String> attributes, Redactor redactor) {
    return new TreeMap<>(attributes).entrySet().stream()
        .map(e -> string(e.getKey(), redactor.redact(e.getValue()))).toList();
  }

  /** Adds a string attribute unless the value is null. */
  static void add(java.util.function.Consumer<KeyValue> sink, String key, String value, Redactor redactor) {
    if (value != null) {
      sink.accept(string(key, redactor.redact(value)));
    }
  }

  static KeyValue string(String key, String value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
  }

  static KeyValue integer(String key, long value) {
    return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
  }

  /** A 16-byte trace id, or empty bytes when both halves are 0 (no trace). */
  static ByteString traceId(long high, long low) {
    if (high == 0 && low == 0) {
      return ByteString.EMPTY;
    }
    return ByteString.copyFrom(ByteBuffer.allocate(16).putLong(high).putLong(low).flip());
  }

  /** An 8-byte span id, or empty bytes for 0 (none). */
  static ByteString spanId(long id) {
    return id == 0 ? ByteString.EMPTY : ByteString.copyFrom(ByteBuffer.allocate(8).putLong(id).flip());
  }
}
