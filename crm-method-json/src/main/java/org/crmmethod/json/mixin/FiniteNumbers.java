package org.crmmethod.json.mixin;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writers and readers of floating-point figures that only accept finite numbers.
 *
 * <p>Left to itself, Jackson writes NaN and the infinities as the strings {@code "NaN"} and {@code
 * "Infinity"} and reads those strings back into a {@code double}; a number too large for a double,
 * such as {@code 1e400}, reads as infinity. Result figures that no invariant of their own guards
 * (the floats of a scheduled activity, a probability of a credibility, the durations of a forecast)
 * are written and read through these instead: writing a non-finite figure fails, naming the
 * property, and reading accepts JSON numbers only, within the range of a double. A finite double is
 * written in its shortest form that reads back as the same double, so figures round-trip exactly.
 */
final class FiniteNumbers {
  private FiniteNumbers() {}

  /** Writes a finite {@code double}; fails on NaN and the infinities. */
  static final class DoubleWriter extends StdSerializer<Double> {
    DoubleWriter() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
      generator.writeNumber(finite(value, generator));
    }
  }

  /** Reads a JSON number as a finite {@code double}. */
  static final class DoubleReader extends StdDeserializer<Double> {
    DoubleReader() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) {
      return read(parser, context);
    }
  }

  /** Writes a {@code double[]} as an array of finite numbers; fails on NaN and the infinities. */
  static final class ArrayWriter extends StdSerializer<double[]> {
    ArrayWriter() {
      super(double[].class);
    }

    @Override
    public void serialize(double[] values, JsonGenerator generator, SerializationContext context) {
      generator.writeStartArray(values, values.length);
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw DatabindException.from(
              generator, "element " + i + " must be a finite number, but was " + values[i]);
        }
        generator.writeNumber(values[i]);
      }
      generator.writeEndArray();
    }
  }

  /** Reads an array of JSON numbers as a {@code double[]} of finite numbers. */
  static final class ArrayReader extends StdDeserializer<double[]> {
    ArrayReader() {
      super(double[].class);
    }

    @Override
    public double[] deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.isExpectedStartArrayToken()) {
        return (double[]) context.handleUnexpectedToken(double[].class, parser);
      }
      double[] values = new double[16];
      int size = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = read(parser, context);
      }
      return Arrays.copyOf(values, size);
    }
  }

  private static double finite(double value, JsonGenerator generator) {
    if (!Double.isFinite(value)) {
      throw DatabindException.from(generator, "must be a finite number, but was " + value);
    }
    return value;
  }

  private static double read(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
      return context.reportInputMismatch(
          Double.class,
          "expected a finite number, but found %s",
          token == JsonToken.VALUE_STRING ? "the string \"" + parser.getString() + "\"" : token);
    }
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      return context.reportInputMismatch(
          Double.class,
          "expected a finite number, but %s is beyond the range of a double",
          parser.getString());
    }
    return value;
  }
}
