package dev.rootline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.rootline.core.rca.TraceSample;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Jackson serializers for what plain data binding gets wrong for reports: enums by their wire names,
 * and NaN figures as null rather than as the non-standard token {@code NaN}.
 */
final class WireFormat {
  private WireFormat() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("rootline-wire-format");
    module.addSerializer(double.class, new FigureSerializer(double.class));
    module.addSerializer(Double.class, new FigureSerializer(Double.class));
    @SuppressWarnings({"rawtypes", "unchecked"})
    Class<Enum<?>> anyEnum = (Class) Enum.class;
    module.addSerializer(anyEnum, new EnumSerializer());
    SimpleDeserializers deserializers = new EnumDeserializers();
    deserializers.addDeserializer(double.class, new FigureDeserializer(double.class));
    deserializers.addDeserializer(Double.class, new FigureDeserializer(Double.class));
    module.addSerializer(TraceSample.SampleSpan.class, new SampleSpanJson.Writer());
    deserializers.addDeserializer(TraceSample.SampleSpan.class, new SampleSpanJson.Reader());
    module.setDeserializers(deserializers);
    return module;
  }

  /** An enum's wire name: lower case with dashes, as {@code Indicator.wireName()} has it. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final class FigureSerializer extends StdScalarSerializer<Double> {
    @SuppressWarnings({"rawtypes", "unchecked"})
    FigureSerializer(Class<?> type) {
      super((Class) type, false);
    }

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
      if (value.isNaN()) {
        out.writeNull();
      } else {
        out.writeNumber(value); // infinities are written as the strings "Infinity" and "-Infinity"
      }
    }
  }

  private static final class FigureDeserializer extends StdScalarDeserializer<Double> {
    FigureDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public Double deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (in.currentToken() == JsonToken.VALUE_STRING) {
        return Double.valueOf(in.getText().trim()); // "Infinity", "-Infinity", "NaN"
      }
      return in.getDoubleValue();
    }

    @Override
    public Double getNullValue(DeserializationContext context) {
      return Double.NaN;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT; // null reads as NaN, not as null
    }
  }

  private static final class EnumSerializer extends StdScalarSerializer<Enum<?>> {
    @SuppressWarnings({"rawtypes", "unchecked"})
    EnumSerializer() {
      super((Class) Enum.class, false);
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeString(name(value));
    }
  }

  /** Finds a wire-name deserializer for every enum type. */
  private static final class EnumDeserializers extends SimpleDeserializers {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription description) {
      return new EnumDeserializer(type);
    }
  }

  private static final class EnumDeserializer extends StdScalarDeserializer<Enum<?>> {
    private final Enum<?>[] constants;

    EnumDeserializer(Class<?> type) {
      super(type);
      this.constants = (Enum<?>[]) type.getEnumConstants();
    }

    @Override
    public Enum<?> deserialize(JsonParser in, DeserializationContext context) throws IOException {
      String text = in.getValueAsString();
      for (Enum<?> constant : constants) {
        if (text != null && name(constant).equalsIgnoreCase(text.trim().replace('_', '-'))) {
          return constant;
        }
      }
      return (Enum<?>) context.handleWeirdStringValue(handledType(), text, "expected one of %s",
          Arrays.stream(constants).map(WireFormat::name).toList());
    }
  }
}
