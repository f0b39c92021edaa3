package org.crmmethod.core.value;

import com.google.common.base.CharMatcher;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.crmmethod.core.InvalidModelException;

/**
 * The invariant checks shared by the model's value types, each failing with an {@link
 * InvalidModelException} that names the type, the attribute and the bad value.
 *
 * <p>Used from {@code @Value.Check} methods as a short chain: {@code
 * Invariants.of("Activity").id("id", id()).text("name", name())}.
 */
public final class Invariants {
  /** Identifiers: a letter or digit, then letters, digits, '.', '_' or '-'; 64 characters at most. */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The characters an identifier starts with: ASCII letters and digits. */
  private static final CharMatcher ID_START =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .precomputed();

  /** The characters an identifier is made of; {@link #ID_PATTERN} as a table lookup. */
  private static final CharMatcher ID_PART = ID_START.or(CharMatcher.anyOf("._-")).precomputed();

  /** The longest identifier {@link #ID_PATTERN} accepts. */
  private static final int ID_MAX_LENGTH = 64;

  private final String type;

  private Invariants(String type) {
    this.type = type;
  }

  /**
   * Starts checking a value of the given type.
   *
   * @param type the simple name of the value type, used in messages
   * @return a checker for that type
   */
  public static Invariants of(String type) {
    return new Invariants(type);
  }

  /**
   * Fails unless the condition holds.
   *
   * @param condition the invariant
   * @param attribute the attribute checked
   * @param value the attribute's value, shown in the message
   * @param expectation what the attribute must satisfy, e.g. "must be at least 1"
   * @return this checker
   */
  public Invariants require(boolean condition, String attribute, Object value, String expectation) {
    if (!condition) {
      throw new InvalidModelException(type, attribute, render(value), expectation);
    }
    return this;
  }

  /**
   * Checks that a string is a well-formed identifier (see {@link #ID_PATTERN}).
   *
   * @param attribute the attribute checked
   * @param id the identifier
   * @return this checker
   */
  public Invariants id(String attribute, String id) {
    return require(
        isId(id),
        attribute,
        id,
        "must be an identifier of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
            + " or digit");
  }

  /**
   * Tells whether a string matches {@link #ID_PATTERN}, without the regular expression engine:
   * identifiers are checked for every value read or generated, and a table lookup per character
   * is several times faster.
   *
   * @param id the candidate
   * @return whether it is a well-formed identifier
   */
  public static boolean isId(String id) {
    return !id.isEmpty()
        && id.length() <= ID_MAX_LENGTH
        && ID_START.matches(id.charAt(0))
        && ID_PART.matchesAllOf(id);
  }

  /**
   * Checks that every string of a collection is a well-formed identifier.
   *
   * @param attribute the attribute checked
   * @param ids the identifiers
   * @return this checker
   */
  public Invariants ids(String attribute, Collection<String> ids) {
    for (String id : ids) {
      id(attribute, id);
    }
    return this;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param attribute the attribute checked
   * @param text the text
   * @return this checker
   */
  public Invariants text(String attribute, String text) {
    return require(!text.isBlank(), attribute, text, "must not be blank");
  }

  /**
   * Checks that no text of a collection is blank.
   *
   * @param attribute the attribute checked
   * @param texts the texts
   * @return this checker
   */
  public Invariants texts(String attribute, Collection<String> texts) {
    for (String text : texts) {
      text(attribute, text);
    }
    return this;
  }

  /**
   * Checks that a collection holds at least one element.
   *
   * @param attribute the attribute checked
   * @param elements the collection
   * @return this checker
   */
  public Invariants nonEmpty(String attribute, Collection<?> elements) {
    return require(!elements.isEmpty(), attribute, elements, "must hold at least one element");
  }

  /**
   * Checks that a number is finite and not negative.
   *
   * @param attribute the attribute checked
   * @param number the number
   * @return this checker
   */
  public Invariants nonNegative(String attribute, double number) {
    return require(
        Double.isFinite(number) && number >= 0, attribute, number, "must be finite and >= 0");
  }

  /**
   * Checks that a number is not below another attribute's value. The message is only built when
   * the check fails: this runs for every estimate read or generated.
   *
   * @param attribute the attribute checked
   * @param number its value
   * @param boundAttribute the attribute it must not be below
   * @param bound that attribute's value
   * @return this checker
   */
  public Invariants notBelow(String attribute, double number, String boundAttribute, double bound) {
    if (number >= bound) {
      return this;
    }
    return require(
        false, attribute, number, "must not be below " + boundAttribute + " (" + bound + ")");
  }

  /**
   * Checks that the elements of a collection have distinct identifiers.
   *
   * @param attribute the attribute checked
   * @param elements the elements
   * @param id how to read an element's identifier
   * @param <T> the element type
   * @return this checker
   */
  public <T> Invariants uniqueIds(
      String attribute, Collection<? extends T> elements, Function<? super T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T element : elements) {
      String key = id.apply(element);
      require(seen.add(key), attribute, key, "must not hold the same id twice");
    }
    return this;
  }

  /**
   * Checks that an identifier refers to one of the known identifiers.
   *
   * @param attribute the attribute checked
   * @param reference the identifier referred to
   * @param known the identifiers that exist
   * @param what what kind of element is referred to, e.g. "role"
   * @return this checker
   */
  public Invariants refersTo(String attribute, String reference, Set<String> known, String what) {
    return require(
        known.contains(reference), attribute, reference, "must refer to a " + what + " defined here");
  }

  /**
   * Checks that every identifier of a collection refers to one of the known identifiers.
   *
   * @param attribute the attribute checked
   * @param references the identifiers referred to
   * @param known the identifiers that exist
   * @param what what kind of element is referred to, e.g. "role"
   * @return this checker
   */
  public Invariants referTo(
      String attribute, Collection<String> references, Set<String> known, String what) {
    for (String reference : references) {
      refersTo(attribute, reference, known, what);
    }
    return this;
  }

  private static String render(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }
}
