package org.crmmethod.json;

import java.util.Objects;

/**
 * The one exception crm-method-json throws when a document cannot be read or a value cannot be
 * written.
 *
 * <p>It says where the problem is, as a JSON Pointer ({@link #pointer()}, RFC 6901, e.g. {@code
 * /lots/1/workstreams/0/teamSize}) and as a line and column in the source text, and what is wrong
 * ({@link #problem()} and the message). No partially built value is ever returned when it is
 * thrown.
 */
public final class CrmJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of problem a document can have. */
  public enum Problem {
    /** The text is not well-formed JSON, or it ends too early. */
    MALFORMED,
    /** A value has the wrong JSON type or cannot be converted to the expected one. */
    WRONG_TYPE,
    /** A required property is absent. */
    MISSING_PROPERTY,
    /** A property the format does not define is present. */
    UNKNOWN_PROPERTY,
    /** A value is well typed but breaks one of the model's invariants. */
    INVALID_VALUE,
    /** The document exceeds one of the configured {@link ReadLimits}. */
    LIMIT_EXCEEDED,
    /** The document's {@code schemaVersion} is absent, malformed or newer than this library. */
    UNSUPPORTED_VERSION,
    /** The source or target could not be read or written. */
    INPUT_OUTPUT
  }

  private final Problem problem;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param problem the kind of problem
   * @param pointer the JSON Pointer of the offending value; the empty string means the whole
   *     document
   * @param line the 1-based line in the source, or -1 when unknown
   * @param column the 1-based column in the source, or -1 when unknown
   * @param detail what is wrong, naming the field and what was expected
   * @param cause the underlying exception, or null
   */
  public CrmJsonException(
      Problem problem, String pointer, int line, int column, String detail, Throwable cause) {
    super(render(pointer, line, column, detail), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String render(String pointer, int line, int column, String detail) {
    StringBuilder text = new StringBuilder("at ").append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      text.append(" (line ").append(line);
      if (column > 0) {
        text.append(", column ").append(column);
      }
      text.append(')');
    }
    return text.append(": ").append(detail).toString();
  }

  /**
   * Returns the kind of problem.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, e.g. {@code /lots/1/id}; the empty string for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the source where the problem was seen.
   *
   * @return the 1-based line, or -1 when the source has no lines (e.g. a tree) or when writing
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the source where the problem was seen.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the detail, naming the field and what was expected
   */
  public String detail() {
    return detail;
  }
}
