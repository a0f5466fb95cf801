package dev.rootline.ingest.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;

/**
 * Steps through the objects and arrays of an OTLP/JSON request with a streaming parser, treating
 * null as absent and rejecting values of the wrong JSON type with a {@link JsonShapeException}.
 */
final class JsonStructure {
  static final String[] SPAN_KINDS = {"SPAN_KIND_UNSPECIFIED", "SPAN_KIND_INTERNAL",
      "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER"};
  static final String[] STATUS_CODES = {"STATUS_CODE_UNSET", "STATUS_CODE_OK", "STATUS_CODE_ERROR"};

  private final JsonParser parser;

  JsonStructure(JsonParser parser) {
    this.parser = parser;
  }

  /** Something to do with the parser positioned just inside an object. */
  interface ObjectBody {
    void read() throws IOException;
  }

  /**
   * Reads a whole request: an object whose array field {@code name} (or {@code protoName}) holds
   * the resource-level objects. An object with fields but none of these is another schema.
   */
  void request(String name, String protoName, ObjectBody resourceLevel) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonShapeException("the request must be a JSON object");
    }
    boolean known = false;
    boolean unknown = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (field.equals(name) || field.equals(protoName)) {
        known = true;
        for (boolean more = enterArray(token, name); more; more = nextObject(name)) {
          resourceLevel.read();
        }
      } else {
        unknown = true;
        parser.skipChildren();
      }
    }
    if (unknown && !known) {
      throw new JsonShapeException("no " + name + " field");
    }
    if (parser.nextToken() != null) {
      throw new JsonShapeException("content after the request object");
    }
  }

  /** Whether the value at {@code token} is an object to read (false for null). */
  boolean isObject(JsonToken token, String field) throws IOException {
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new JsonShapeException(field + " must be an object");
  }

  /** Enters the array at {@code token}; true when positioned on its first object. */
  boolean enterArray(JsonToken token, String field) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new JsonShapeException(field + " must be an array");
    }
    return nextObject(field);
  }

  /** Moves to the array's next element; true when it is an object, false at the array's end. */
  boolean nextObject(String field) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    throw new JsonShapeException(field + " must hold objects");
  }

  /** A short description of a parse error, without quoting the input at length. */
  static String describe(IOException e) {
    String message = String.valueOf(
        e instanceof StreamReadException s ? s.getOriginalMessage() : e.getMessage());
    message = cutAt(cutAt(cutAt(message, "\n"), " (for "), " [Source:");
    message = message.length() <= 120 ? message : message.substring(0, 120) + "…";
    if (e instanceof StreamReadException s && s.getLocation() != null) {
      message += " (line " + s.getLocation().getLineNr() + ", column " + s.getLocation().getColumnNr() + ")";
    }
    return message;
  }

  private static String cutAt(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(0, at);
  }
}
