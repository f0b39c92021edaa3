package org.crmmethod.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Finds things in a written document, so that tests can damage it and know where. */
final class DocumentText {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final String text;

  DocumentText(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The JSON Pointer of the property whose name starts at an offset. */
  String pointerOfPropertyAt(int offset) {
    try (JsonParser parser = TREES.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME
            && parser.currentTokenLocation().getCharOffset() == offset) {
          return parser.streamReadContext().pathAsPointer().toString();
        }
      }
    }
    throw new AssertionError("no property name at offset " + offset);
  }

  /** The 1-based line of a character offset. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of a character offset. */
  int columnOf(int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }

  /** The offset of the first occurrence of a snippet, failing when absent. */
  int offsetOf(String snippet) {
    int offset = text.indexOf(snippet);
    if (offset < 0) {
      throw new AssertionError("no " + snippet + " in the document");
    }
    return offset;
  }

  /** The text with the first occurrence of a snippet replaced. */
  DocumentText replaceFirst(String snippet, String replacement) {
    int offset = offsetOf(snippet);
    return new DocumentText(
        text.substring(0, offset) + replacement + text.substring(offset + snippet.length()));
  }

  /** The offset of the brace closing the object that holds the text at an offset. */
  int enclosingObjectEnd(int offset) {
    int depth = 0;
    boolean inString = false;
    for (int i = offset; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    throw new AssertionError("unbalanced document");
  }
}
