package org.crmmethod.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a model value cannot be built because an attribute is missing or breaks one of the
 * value's invariants.
 *
 * <p>The message always names the value type and the attribute, and shows the rejected value where
 * there is one, for example {@code ThreePointEstimate.optimistic must not exceed mostLikely (3.0),
 * but was 5.0}. The same facts are available programmatically through {@link #valueType()}, {@link
 * #attributes()} and {@link #invalidValue()}, so that callers such as the JSON reader can point at
 * the offending field. No value is ever returned when this exception is thrown.
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The wording of the Immutables builder when required attributes were never set. */
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private final String valueType;
  private final List<String> attributes;
  private final String invalidValue;

  /**
   * Creates an exception for an attribute whose value breaks an invariant.
   *
   * @param valueType the simple name of the value type being built, e.g. {@code "Activity"}
   * @param attribute the attribute holding the bad value, e.g. {@code "teamSize"}
   * @param invalidValue a rendering of the rejected value
   * @param expectation what the attribute must satisfy, e.g. {@code "must be at least 1"}
   */
  public InvalidModelException(
      String valueType, String attribute, String invalidValue, String expectation) {
    super(valueType + "." + attribute + " " + expectation + ", but was " + invalidValue);
    this.valueType = valueType;
    this.attributes = List.of(attribute);
    this.invalidValue = invalidValue;
  }

  /**
   * Creates an exception from a builder's report of required attributes that were not set.
   *
   * <p>This constructor is called by the generated builders. It recognises their wording ({@code
   * Cannot build Role, some of required attributes are not set [id, name]}) and exposes the type
   * and the attribute names; any other message is kept as it is.
   *
   * @param message the builder's message
   */
  public InvalidModelException(String message) {
    super(rephrase(message));
    Matcher matcher = MISSING_ATTRIBUTES.matcher(message);
    if (matcher.matches()) {
      this.valueType = matcher.group(1);
      this.attributes = List.copyOf(Arrays.asList(matcher.group(2).split(",\\s*")));
    } else {
      this.valueType = "";
      this.attributes = List.of();
    }
    this.invalidValue = null;
  }

  private static String rephrase(String message) {
    Matcher matcher = MISSING_ATTRIBUTES.matcher(message);
    if (!matcher.matches()) {
      return message;
    }
    List<String> qualified = new ArrayList<>();
    for (String attribute : matcher.group(2).split(",\\s*")) {
      qualified.add(matcher.group(1) + "." + attribute);
    }
    return "Required attribute(s) not set: " + String.join(", ", qualified);
  }

  /**
   * Returns the simple name of the value type that could not be built.
   *
   * @return the type name, e.g. {@code "Activity"}, or an empty string when unknown
   */
  public String valueType() {
    return valueType;
  }

  /**
   * Returns the attributes at fault: the one holding a bad value, or every required attribute that
   * was not set.
   *
   * @return the attribute names, never null
   */
  public List<String> attributes() {
    return attributes;
  }

  /**
   * Returns a rendering of the rejected value.
   *
   * @return the rejected value, or empty when attributes were missing rather than wrong
   */
  public Optional<String> invalidValue() {
    return Optional.ofNullable(invalidValue);
  }
}
