package org.crmmethod.json;

/**
 * The bounds a reader puts on a document before it builds anything from it, so that a hostile or
 * broken document fails fast with a {@link CrmJsonException} of kind {@link
 * CrmJsonException.Problem#LIMIT_EXCEEDED} rather than exhausting memory or the stack.
 *
 * <p>The defaults ({@link #defaults()}) fit plans of up to about 100,000 activities; raise {@link
 * #maxDocumentChars} and {@link #maxTokens} for larger ones.
 *
 * @param maxDepth the deepest nesting of arrays and objects; plan documents nest about 8 deep
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxDocumentChars the longest document, in bytes or characters as the source provides
 * @param maxTokens the most elements a document may hold: every value, property name, and opening
 *     or closing bracket counts as one
 */
public record ReadLimits(
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentChars,
    long maxTokens) {

  /** The default nesting depth bound. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default bound on a string's length: 64 Ki characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;

  /** The default bound on a number's length. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** The default bound on a property name's length. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** The default bound on a document's length: 128 Mi bytes or characters. */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 128L * 1024 * 1024;

  /** The default bound on a document's element count: 10 million. */
  public static final long DEFAULT_MAX_TOKENS = 10_000_000L;

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException naming the first bound that is not positive
   */
  public ReadLimits {
    positive("maxDepth", maxDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
    positive("maxDocumentChars", maxDocumentChars);
    positive("maxTokens", maxTokens);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "ReadLimits." + name + " must be at least 1, but was " + value);
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the limits the {@code DEFAULT_*} constants describe
   */
  public static ReadLimits defaults() {
    return new ReadLimits(
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_NUMBER_LENGTH,
        DEFAULT_MAX_NAME_LENGTH,
        DEFAULT_MAX_DOCUMENT_CHARS,
        DEFAULT_MAX_TOKENS);
  }

  /**
   * Returns these limits with another nesting depth bound.
   *
   * @param value the new bound, at least 1
   * @return new limits
   */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(
        value, maxStringLength, maxNumberLength, maxNameLength, maxDocumentChars, maxTokens);
  }

  /**
   * Returns these limits with another string length bound.
   *
   * @param value the new bound, at least 1
   * @return new limits
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(
        maxDepth, value, maxNumberLength, maxNameLength, maxDocumentChars, maxTokens);
  }

  /**
   * Returns these limits with another number length bound.
   *
   * @param value the new bound, at least 1
   * @return new limits
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(
        maxDepth, maxStringLength, value, maxNameLength, maxDocumentChars, maxTokens);
  }

  /**
   * Returns these limits with another document length bound.
   *
   * @param value the new bound, at least 1
   * @return new limits
   */
  public ReadLimits withMaxDocumentChars(long value) {
    return new ReadLimits(
        maxDepth, maxStringLength, maxNumberLength, maxNameLength, value, maxTokens);
  }

  /**
   * Returns these limits with another element count bound.
   *
   * @param value the new bound, at least 1
   * @return new limits
   */
  public ReadLimits withMaxTokens(long value) {
    return new ReadLimits(
        maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentChars, value);
  }
}
