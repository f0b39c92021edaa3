package org.crmmethod.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the report's markup: HTML elements and inline SVG, as XHTML-compatible text that an XML
 * parser also reads, with every text and attribute value escaped.
 *
 * <p>The page is well formed by construction: {@link #close} must name the element opened last and
 * {@link #finish} refuses a document with elements left open. Only the five entities XML predefines
 * are written, so that the page needs no DTD; other characters are written as they are, in UTF-8.
 * Characters XML cannot hold at all (control characters other than tab, line feed and carriage
 * return, and lone surrogates) are replaced by U+FFFD, so that a name with a stray control
 * character still yields a readable page.
 *
 * <p>HTML's parser ignores the self-closing slash on ordinary elements, so {@link #empty} is only
 * for void HTML elements ({@code meta}, {@code br}) and SVG elements.
 */
final class Markup {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

  /** Elements after whose opening tag a line break keeps the source readable. */
  private static final Set<String> CONTAINERS =
      Set.of("html", "head", "body", "header", "main", "footer", "nav", "section", "table", "thead",
          "tbody", "tr", "ul", "ol", "dl", "svg", "g", "figure", "style");

  /** Elements after whose closing tag a line break keeps the source readable. */
  private static final Set<String> BLOCKS =
      Set.of("html", "head", "body", "header", "main", "footer", "nav", "section", "div", "p", "h1",
          "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "dl", "dt",
          "dd", "svg", "g", "text", "figure", "figcaption", "title", "style");

  private final StringBuilder out = new StringBuilder(1 << 16);
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Writes text that is already markup, such as the document type declaration or a style sheet.
   *
   * @param markup the text, written as it is
   * @return this writer
   */
  Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Opens an element.
   *
   * @param tag the element's name
   * @param attributes name and value pairs; a value is a {@link String}, escaped, a whole number,
   *     or a {@code double} written as a coordinate ({@link Figures#coordinate})
   * @return this writer
   */
  Markup open(String tag, Object... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    if (CONTAINERS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Closes the element opened last.
   *
   * @param tag the element's name, which must be that of the element opened last
   * @return this writer
   * @throws IllegalStateException when another element, or none, is open
   */
  Markup close(String tag) {
    checkState(tag.equals(open.peek()), "cannot close <%s>: the element open is <%s>", tag, open.peek());
    open.pop();
    out.append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Writes an element with no content, closed by its own tag.
   *
   * @param tag the element's name: a void HTML element or an SVG element
   * @param attributes name and value pairs, as for {@link #open}
   * @return this writer
   */
  Markup empty(String tag, Object... attributes) {
    start(tag, attributes);
    out.append("/>\n");
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param tag the element's name
   * @param text the text, escaped
   * @param attributes name and value pairs, as for {@link #open}
   * @return this writer
   */
  Markup element(String tag, String text, Object... attributes) {
    start(tag, attributes);
    out.append('>');
    escape(text, out);
    out.append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Writes text inside the element open.
   *
   * @param text the text, escaped
   * @return this writer
   */
  Markup text(String text) {
    escape(text, out);
    return this;
  }

  /**
   * Returns the document written.
   *
   * @return the markup
   * @throws IllegalStateException when an element is still open
   */
  String finish() {
    checkState(open.isEmpty(), "elements left open: %s", open);
    return out.toString();
  }

  private void start(String tag, Object... attributes) {
    checkArgument(NAME.matcher(tag).matches(), "tag must be an element name but was '%s'", tag);
    checkArgument(attributes.length % 2 == 0, "attributes must come in name and value pairs: %s", attributes.length);
    out.append('<').append(tag);
    for (int index = 0; index < attributes.length; index += 2) {
      String name = String.valueOf(attributes[index]);
      checkArgument(NAME.matcher(name).matches(), "attribute must be a name but was '%s'", name);
      out.append(' ').append(name).append("=\"");
      Object value = attributes[index + 1];
      if (value instanceof String text) {
        escape(text, out);
      } else if (value instanceof Double number) {
        out.append(Figures.coordinate(number));
      } else if (value instanceof Integer || value instanceof Long) {
        out.append(value);
      } else {
        throw new IllegalArgumentException("attribute " + name + " has a value of an unwritable type: " + value);
      }
      out.append('"');
    }
  }

  /**
   * Escapes text for an element's content or an attribute value in double quotes.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    escape(text, escaped);
    return escaped.toString();
  }

  private static void escape(String text, StringBuilder out) {
    int length = text.length();
    for (int index = 0; index < length; index++) {
      char c = text.charAt(index);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c) && index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
            out.append(c).append(text.charAt(++index));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
