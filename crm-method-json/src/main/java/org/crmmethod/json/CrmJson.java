package org.crmmethod.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmmethod.json.CrmJsonException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes crm-method documents: plans, methods and results such as validation reports,
 * schedules and forecasts.
 *
 * <pre>{@code
 * CrmJson json = CrmJson.standard();
 * String text = json.write(plan);
 * ProjectPlan again = json.read(text, ProjectPlan.class);
 * }</pre>
 *
 * <p>Every read failure, whatever its cause (malformed text, wrong type, unknown or missing
 * property, broken model invariant, exceeded limit, unsupported version), is a {@link
 * CrmJsonException} with the JSON Pointer, line and column of the offending value; no other
 * exception escapes and no partially built value is returned. Instances are immutable and
 * thread-safe.
 */
public final class CrmJson {
  private final JsonMapper mapper;
  private final ObjectReader reader;

  /** A reader per type read, its root deserializer found once rather than on every read. */
  private final ClassValue<ObjectReader> readers =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return reader.forType(type);
        }
      };
  private final ObjectWriter writer;

  private CrmJson(Builder builder) {
    this.mapper = mapperBuilder(builder.limits, builder.ignoreUnknownProperties).build();
    this.reader = mapper.reader();
    this.writer = builder.indent ? mapper.writer().with(indentation()) : mapper.writer();
  }

  /** Two spaces per level and a line feed whatever the platform, so files diff alike everywhere. */
  private static DefaultPrettyPrinter indentation() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance());
  }

  /**
   * Returns a reader and writer with the defaults: unknown properties refused, {@link
   * ReadLimits#defaults()}, indented output.
   *
   * @return the standard instance
   */
  public static CrmJson standard() {
    return builder().build();
  }

  /**
   * Starts configuring a reader and writer.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a mapper builder with the module and every setting the wire format relies on, with
   * default limits and unknown properties refused.
   *
   * @return a mapper builder; add your own settings before {@code build()}
   * @see #mapperBuilder(ReadLimits, boolean)
   */
  public static JsonMapper.Builder mapperBuilder() {
    return mapperBuilder(ReadLimits.defaults(), false);
  }

  /**
   * Returns a mapper builder with the module and every setting the wire format relies on. Each
   * setting is stated, even where it matches Jackson's default, so that a change of default in a
   * later Jackson cannot change the format:
   *
   * <ul>
   *   <li>reading: unknown properties refused (unless {@code ignoreUnknownProperties}); duplicate
   *       property names, trailing content, nulls for primitive values, numbers for enums and
   *       floating-point numbers for integers refused; scalars are not coerced between strings,
   *       numbers and booleans (not even a number where text is expected); dates are read
   *       strictly as {@code yyyy-MM-dd}, without a time of day;
   *   <li>the {@link ReadLimits} as Jackson stream read constraints;
   *   <li>writing: properties in the order the mix-ins state (not alphabetical), map entries by
   *       key, dates as ISO-8601 strings, enums by name.
   * </ul>
   *
   * @param limits the bounds on documents read
   * @param ignoreUnknownProperties whether a property the format does not define is skipped
   *     rather than refused
   * @return a mapper builder
   */
  public static JsonMapper.Builder mapperBuilder(
      ReadLimits limits, boolean ignoreUnknownProperties) {
    Objects.requireNonNull(limits, "limits");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxDocumentLength(limits.maxDocumentChars())
                    .maxTokenCount(limits.maxTokens())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new CrmJsonModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
        .enable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .withCoercionConfig(
            LogicalType.Textual,
            text ->
                text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withConfigOverride(
            LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)));
  }

  /**
   * Returns the mapper behind this instance, for uses the facade does not cover (trees,
   * streaming). Failures through it are Jackson's own exceptions, not {@link CrmJsonException}.
   *
   * @return the configured mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads a document from text.
   *
   * @param json the document
   * @param type the type of value it holds, e.g. {@code ProjectPlan.class}
   * @param <T> the type of value
   * @return the value
   * @throws CrmJsonException when the document cannot be read into a valid value
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(type, source -> source.createParser(json));
  }

  /**
   * Reads a document from a file, as UTF-8.
   *
   * @param file the file
   * @param type the type of value it holds
   * @param <T> the type of value
   * @return the value
   * @throws CrmJsonException when the file cannot be read or holds no valid value
   */
  public <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    return read(type, source -> source.createParser(file));
  }

  /**
   * Reads a document from a byte stream (UTF-8, UTF-16 or UTF-32, detected). The stream is read to
   * the end of the document but not closed.
   *
   * @param input the stream
   * @param type the type of value it holds
   * @param <T> the type of value
   * @return the value
   * @throws CrmJsonException when the stream cannot be read or holds no valid value
   */
  public <T> T read(InputStream input, Class<T> type) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(type, "type");
    return read(type, source -> source.without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(input));
  }

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param input the stream
   * @param type the type of value it holds
   * @param <T> the type of value
   * @return the value
   * @throws CrmJsonException when the stream cannot be read or holds no valid value
   */
  public <T> T read(Reader input, Class<T> type) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(type, "type");
    return read(type, source -> source.without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(input));
  }

  /**
   * Writes a value as a document.
   *
   * @param value a plan, method, result, or any model value
   * @return the document
   * @throws CrmJsonException when the value cannot be written
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return written(() -> writer.writeValueAsString(value));
  }

  /**
   * Writes a value as a document to a file, in UTF-8, replacing the file's contents.
   *
   * @param value the value
   * @param file the file
   * @throws CrmJsonException when the value or the file cannot be written
   */
  public void write(Object value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    written(() -> writer.writeValue(file, value));
  }

  /**
   * Writes a value as a document to a byte stream, in UTF-8; the stream is flushed, not closed.
   *
   * @param value the value
   * @param output the stream
   * @throws CrmJsonException when the value or the stream cannot be written
   */
  public void write(Object value, OutputStream output) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(output, "output");
    written(() -> writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(output, value));
  }

  /**
   * Writes a value as a document to a character stream; the stream is flushed, not closed.
   *
   * @param value the value
   * @param output the stream
   * @throws CrmJsonException when the value or the stream cannot be written
   */
  public void write(Object value, Writer output) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(output, "output");
    written(() -> writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(output, value));
  }

  /** Runs a write, turning Jackson's failure into the typed exception. */
  private static <T> T written(Supplier<T> write) {
    try {
      return write.get();
    } catch (JacksonException failure) {
      throw JsonErrors.writing(failure);
    }
  }

  private static void written(Runnable write) {
    written(
        () -> {
          write.run();
          return null;
        });
  }

  /**
   * Reads one value through a parser of our own, so that a failure can be placed with the
   * parser's position even when the exception carries none (the read limits). Content after the
   * value is refused by the reader ({@code FAIL_ON_TRAILING_TOKENS}).
   */
  private <T> T read(Class<T> type, Function<ObjectReader, JsonParser> open) {
    JsonParser parser = null;
    try {
      parser = open.apply(reader);
      T value = readers.get(type).readValue(parser);
      if (value == null) {
        throw new CrmJsonException(
            Problem.WRONG_TYPE,
            "",
            1,
            1,
            "expected " + type.getSimpleName() + " as an object, but the document is null",
            null);
      }
      return value;
    } catch (RuntimeException failure) {
      throw JsonErrors.reading(failure, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** Configures a {@link CrmJson}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private boolean ignoreUnknownProperties;
    private boolean indent = true;

    private Builder() {}

    /**
     * Sets the bounds on documents read.
     *
     * @param limits the limits; {@link ReadLimits#defaults()} unless set
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Skips properties the format does not define instead of refusing the document, e.g. to read
     * documents a newer tool decorated with its own properties.
     *
     * @param ignore whether to skip them; false unless set
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * Chooses between indented output, one property per line (diffs well in version control), and
     * compact output on one line.
     *
     * @param indent whether to indent; true unless set
     * @return this builder
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance
     */
    public CrmJson build() {
      return new CrmJson(this);
    }
  }
}
