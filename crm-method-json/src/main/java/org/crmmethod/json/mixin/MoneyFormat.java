package org.crmmethod.json.mixin;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The text forms of the two parts of {@link org.crmmethod.core.plan.Money}, attached to the money
 * mix-ins of {@link PlanMixIns}.
 *
 * <p><b>amount</b> is a JSON string holding a decimal number. It is written in plain notation with
 * exactly the digits of the value's scale ({@code "1250000.00"}, {@code "10.50"}, {@code "7"}), so
 * that reading it back gives an equal {@code BigDecimal}, scale included. The one exception is an
 * amount with a negative scale, which plain notation cannot carry (such values only arise in code,
 * e.g. {@code new BigDecimal("1.2E+6")}): it is written in {@code BigDecimal}'s scientific
 * notation, {@code "1.2E+6"}. Reading accepts an optional minus sign, digits, an optional
 * fraction and an optional exponent of at most four digits; nothing else, not even surrounding
 * spaces, and a JSON number is refused rather than silently rounded through a {@code double}.
 * Negative amounts pass this syntax check and are then refused by the model itself.
 *
 * <p><b>currency</b> is a JSON string holding the ISO 4217 code the JDK knows, in capitals ({@code
 * "EUR"}); an unknown code is refused.
 */
final class MoneyFormat {
  private static final Pattern DECIMAL =
      Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]{1,4})?");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private MoneyFormat() {}

  /**
   * Returns the text an amount is written as.
   *
   * @param amount the amount
   * @return plain notation when the scale is zero or more, scientific notation otherwise
   */
  static String amountText(BigDecimal amount) {
    return amount.scale() >= 0 ? amount.toPlainString() : amount.toString();
  }

  /**
   * Parses an amount written by {@link #amountText} or by a person.
   *
   * @param text the text
   * @return the amount, or null when the text is not a decimal number in the accepted syntax
   */
  static BigDecimal parseAmount(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      return null;
    }
    return new BigDecimal(text);
  }

  /**
   * Looks up a currency by its code.
   *
   * @param code the text read
   * @return the currency, or null when the code is not an ISO 4217 code the JDK knows
   */
  static Currency parseCurrency(String code) {
    if (!CURRENCY_CODE.matcher(code).matches()) {
      return null;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
      case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
      case START_OBJECT, PROPERTY_NAME -> "a JSON object";
      case START_ARRAY -> "a JSON array";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Writes an amount as a decimal string. */
  static final class AmountWriter extends StdScalarSerializer<BigDecimal> {
    AmountWriter() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(amountText(value));
    }
  }

  /** Reads an amount from a decimal string, and only from a string. */
  static final class AmountReader extends StdScalarDeserializer<BigDecimal> {
    private static final String EXPECTED =
        "amount must be a JSON string holding a decimal number, such as \"1250000.00\"";

    AmountReader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(
            parser,
            BigDecimal.class,
            EXPECTED
                + " (a string keeps every digit and the scale), but was "
                + describe(token));
      }
      String text = parser.getString();
      BigDecimal amount = parseAmount(text);
      if (amount == null) {
        throw InvalidFormatException.from(
            parser,
            EXPECTED + ", with '.' as the decimal separator, but was " + quoted(text),
            text,
            BigDecimal.class);
      }
      return amount;
    }
  }

  /** Writes a currency as its ISO 4217 code. */
  static final class CurrencyWriter extends StdScalarSerializer<Currency> {
    CurrencyWriter() {
      super(Currency.class);
    }

    @Override
    public void serialize(Currency value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(value.getCurrencyCode());
    }
  }

  /** Reads a currency from its ISO 4217 code. */
  static final class CurrencyReader extends StdScalarDeserializer<Currency> {
    private static final String EXPECTED =
        "currency must be a JSON string holding an ISO 4217 currency code in capitals, such as"
            + " \"EUR\"";

    CurrencyReader() {
      super(Currency.class);
    }

    @Override
    public Currency deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(
            parser, Currency.class, EXPECTED + ", but was " + describe(token));
      }
      String code = parser.getString();
      Currency currency = parseCurrency(code);
      if (currency == null) {
        throw InvalidFormatException.from(
            parser, EXPECTED + ", but was " + quoted(code), code, Currency.class);
      }
      return currency;
    }
  }
}
