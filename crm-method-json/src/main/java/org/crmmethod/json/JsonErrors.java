package org.crmmethod.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.json.CrmJsonException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/** Turns Jackson's and the model's exceptions into {@link CrmJsonException}s. */
final class JsonErrors {
  /** Jackson names builder classes; readers know the model's type names. */
  private static final Pattern CLASS_NAME =
      Pattern.compile(
          "(?:org\\.crmmethod|java\\.(?:lang|util|time|math))(?:\\.[a-z]\\w*)*\\."
              + "(?:Immutable)?([A-Z]\\w*?)(?:\\$Builder)?(?=\\W|$)");

  /** Jackson's hints about its own configuration, which mean nothing to a document's author. */
  private static final Pattern NOISE =
      Pattern.compile(
          "\\s*\\(but (?:might|could) if coercion[^)]*\\)"
              + "|\\s*\\(start marker at \\[Source[^\\]]*\\]\\)"
              + "|\\s*at \\[Source[^\\]]*\\]"
              + "|, from `StreamReadConstraints\\.\\w+\\(\\)`"
              + "|\\s*\\(enable 'lenient' handling to allow\\)");

  /** Jackson's report of a constructor or factory argument absent from the document. */
  private static final Pattern MISSING_CREATOR_PROPERTY =
      Pattern.compile("Missing (?:required )?creator property '([^']*)'.*", Pattern.DOTALL);

  /** Jackson's report of a constructor or factory argument given as null. */
  private static final Pattern NULL_CREATOR_PROPERTY =
      Pattern.compile("Null value for creator property '([^']*)'.*", Pattern.DOTALL);

  private JsonErrors() {}

  /**
   * Translates a failure met while reading.
   *
   * @param failure what Jackson or the model threw
   * @param parser the parser that was reading, or null if it could not be opened
   * @return the typed exception with pointer, line and column
   */
  static CrmJsonException reading(RuntimeException failure, JsonParser parser) {
    if (failure instanceof CrmJsonException already) {
      return already;
    }
    if (!(failure instanceof JacksonException jackson)) {
      return new CrmJsonException(
          Problem.INVALID_VALUE, "", -1, -1, String.valueOf(failure.getMessage()), failure);
    }
    String pointer = pointer(jackson, parser);
    TokenStreamLocation location = location(jackson, parser);
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    InvalidModelException model = modelCause(jackson);
    if (model != null) {
      List<String> attributes = model.attributes();
      boolean missing = model.invalidValue().isEmpty() && !attributes.isEmpty();
      String where = attributes.isEmpty() ? pointer : pointer + attributePointer(attributes.get(0));
      return new CrmJsonException(
          missing ? Problem.MISSING_PROPERTY : Problem.INVALID_VALUE,
          where,
          line,
          column,
          model.getMessage(),
          failure);
    }
    String detail = rootCause(jackson) instanceof NullPointerException
        ? "null is not allowed here"
        : detail(jackson);
    return new CrmJsonException(problem(jackson), pointer, line, column, detail, failure);
  }

  /**
   * Translates a failure met while writing.
   *
   * @param failure what Jackson threw
   * @return the typed exception
   */
  static CrmJsonException writing(JacksonException failure) {
    return new CrmJsonException(
        failure instanceof JacksonIOException ? Problem.INPUT_OUTPUT : Problem.INVALID_VALUE,
        pointer(failure, null),
        -1,
        -1,
        "cannot write: " + simplify(failure.getOriginalMessage()),
        failure);
  }

  private static Problem problem(JacksonException failure) {
    if (failure instanceof SchemaVersionException) {
      return Problem.UNSUPPORTED_VERSION;
    }
    if (failure instanceof StreamConstraintsException) {
      return Problem.LIMIT_EXCEEDED;
    }
    if (failure instanceof PropertyBindingException) {
      return Problem.UNKNOWN_PROPERTY;
    }
    String message = String.valueOf(failure.getOriginalMessage());
    if (failure instanceof MismatchedInputException
        && MISSING_CREATOR_PROPERTY.matcher(message).matches()) {
      return Problem.MISSING_PROPERTY;
    }
    if (failure instanceof JacksonIOException) {
      return Problem.INPUT_OUTPUT;
    }
    if (failure instanceof MismatchedInputException && !isAboutTheWholeText(failure)) {
      return Problem.WRONG_TYPE;
    }
    return Problem.MALFORMED;
  }

  /** Jackson reports an empty document and content after the value as mismatched input. */
  private static boolean isAboutTheWholeText(JacksonException failure) {
    String message = String.valueOf(failure.getOriginalMessage());
    return message.startsWith("No content to map") || message.startsWith("Trailing token");
  }

  private static String detail(JacksonException failure) {
    if (failure instanceof PropertyBindingException unknown) {
      return "unknown property \""
          + unknown.getPropertyName()
          + "\"; expected one of "
          + unknown.getKnownPropertyIds();
    }
    String message = failure.getOriginalMessage();
    Matcher missing = MISSING_CREATOR_PROPERTY.matcher(String.valueOf(message));
    if (missing.matches()) {
      return "required property \"" + missing.group(1) + "\" is missing";
    }
    Matcher nullValue = NULL_CREATOR_PROPERTY.matcher(String.valueOf(message));
    if (nullValue.matches()) {
      return "property \"" + nullValue.group(1) + "\" must have a value, but was null";
    }
    if (String.valueOf(message).startsWith("No content to map")) {
      return "the document is empty";
    }
    if (String.valueOf(message).startsWith("Trailing token")) {
      return "unexpected content after the end of the document";
    }
    if (failure instanceof StreamConstraintsException) {
      return "document exceeds a read limit: " + simplify(message);
    }
    return simplify(message);
  }

  private static String simplify(String message) {
    if (message == null) {
      return "unreadable value";
    }
    String text = NOISE.matcher(CLASS_NAME.matcher(message).replaceAll("$1")).replaceAll("");
    return text.strip();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static InvalidModelException modelCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidModelException model) {
        return model;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /**
   * Turns an attribute as the model names it into the rest of a JSON Pointer. The model names a
   * nested attribute with a dot ({@code minutes.issuedOn}, {@code activity.kind}): in a pointer
   * each part is a reference token of its own ({@code /minutes/issuedOn}). An element named by
   * its id or key in brackets ({@code deliverableTypes[SPEC].producedBy}, {@code
   * composition[key-user]}) cannot be turned into a pointer token without the document (arrays
   * are indexed by position), so the pointer stops at the collection and the message names the
   * element.
   *
   * @param attribute the attribute, e.g. {@code teamSize} or {@code composition[key-user]}
   * @return the pointer suffix, starting with {@code /}
   */
  static String attributePointer(String attribute) {
    StringBuilder pointer = new StringBuilder();
    StringBuilder token = new StringBuilder();
    for (int at = 0; at < attribute.length(); at++) {
      char next = attribute.charAt(at);
      if (next == '[') {
        break;
      }
      if (next == '.') {
        appendToken(pointer, token);
      } else {
        token.append(next);
      }
    }
    appendToken(pointer, token);
    return pointer.toString();
  }

  private static void appendToken(StringBuilder pointer, StringBuilder token) {
    if (token.length() > 0) {
      pointer.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
      token.setLength(0);
    }
  }

  /**
   * Where the failure is in the text. A binding failure is placed at the start of the token being
   * bound (the offending value, or the closing brace of an object that could not be built); a
   * failure of the text itself where the parser saw it.
   */
  private static TokenStreamLocation location(JacksonException failure, JsonParser parser) {
    if (parser != null && isBindingFailure(failure)) {
      return parser.currentTokenLocation();
    }
    TokenStreamLocation own = failure.getLocation();
    if ((own == null || own.getLineNr() < 1) && parser != null) {
      return parser.currentLocation();
    }
    return own;
  }

  private static boolean isBindingFailure(JacksonException failure) {
    return !(failure instanceof StreamReadException
        || failure instanceof StreamConstraintsException
        || failure instanceof JacksonIOException);
  }

  /**
   * The JSON Pointer of the failure: for a failure of the text itself, the parser's position;
   * otherwise the path databind recorded, else the parser's position.
   */
  static String pointer(JacksonException failure, JsonParser parser) {
    List<JacksonException.Reference> path = failure.getPath();
    if (parser != null && (path.isEmpty() || !isBindingFailure(failure))) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    if (!path.isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      for (JacksonException.Reference reference : path) {
        pointer.append('/');
        String name = reference.getPropertyName();
        if (name != null) {
          pointer.append(name.replace("~", "~0").replace("/", "~1"));
        } else if (reference.getIndex() >= 0) {
          pointer.append(reference.getIndex());
        } else {
          pointer.append('-');
        }
      }
      return pointer.toString();
    }
    return "";
  }
}
