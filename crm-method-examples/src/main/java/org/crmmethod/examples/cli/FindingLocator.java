package org.crmmethod.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.PlanPath;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where in a plan document a validator's finding points, so that findings can be printed as
 * compilers print errors: {@code plan.json:57:9: ERROR ...}, which editors and terminals turn into
 * links.
 *
 * <p>A finding names its place by a {@link PlanPath}, e.g. {@code lots[LOT-1].training.activity},
 * which picks list elements by id. The locator reads the document once, recording the line and
 * column of every property and list element by its JSON Pointer, and what picks each list element:
 * its {@code id} property, or else its first property when that is a string (a readiness answer's
 * {@code question}), or the element itself when it is a string (a lot's {@code modules}); failing
 * those, its position. A path is followed as far as the document goes: a finding about a part that
 * is absent (a lot without training) points at the nearest part that is there.
 */
final class FindingLocator {
  /** A line and column, both from 1. */
  record Location(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  private static final Location START = new Location(1, 1);

  private final Map<String, Location> locations = new HashMap<>();
  private final Map<String, String> elementIds = new HashMap<>();
  private final Map<String, String> elementKeys = new HashMap<>();

  private FindingLocator() {}

  /**
   * Reads a plan document's structure.
   *
   * @param json the document's text, well-formed (it has been read as a plan already)
   * @return the locator
   */
  static FindingLocator of(String json) {
    FindingLocator locator = new FindingLocator();
    try (JsonParser parser = Documents.JSON.mapper().createParser(json)) {
      locator.scan(parser);
    }
    return locator;
  }

  /** One object or array being read: where it is, and where the reader is inside it. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    final boolean element;
    int index = -1;
    String property;
    int properties;

    Frame(String pointer, boolean array, boolean element) {
      this.pointer = pointer;
      this.array = array;
      this.element = element;
    }

    String child() {
      return pointer + "/" + (array ? Integer.toString(index) : escape(property));
    }
  }

  private void scan(JsonParser parser) {
    Deque<Frame> frames = new ArrayDeque<>();
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      Frame frame = frames.peek();
      if (token == JsonToken.PROPERTY_NAME) {
        frame.property = parser.currentName();
        frame.properties++;
        locations.putIfAbsent(frame.child(), location(parser.currentTokenLocation()));
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        frames.pop();
        continue;
      }
      String pointer;
      boolean element = false;
      if (frame == null) {
        pointer = "";
      } else if (frame.array) {
        frame.index++;
        pointer = frame.child();
        element = true;
        if (token == JsonToken.VALUE_STRING) {
          elementKeys.put(pointer, parser.getString()); // a list of ids or names
        }
      } else {
        pointer = frame.child();
        if (frame.element && token == JsonToken.VALUE_STRING) {
          if (frame.property.equals("id")) {
            elementIds.put(frame.pointer, parser.getString());
          } else if (frame.properties == 1) {
            elementKeys.put(frame.pointer, parser.getString());
          }
        }
      }
      locations.putIfAbsent(pointer, location(parser.currentTokenLocation()));
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        frames.push(new Frame(pointer, token == JsonToken.START_ARRAY, element));
      }
    }
  }

  private static Location location(TokenStreamLocation location) {
    return location.getLineNr() > 0
        ? new Location(location.getLineNr(), Math.max(1, location.getColumnNr()))
        : START;
  }

  /**
   * Returns the JSON Pointer of the deepest part of the document that a finding's path reaches.
   *
   * @param path a {@link PlanPath}; the empty path is the whole document
   * @return the pointer, the empty string for the whole document
   */
  String pointer(String path) {
    String pointer = "";
    int at = 0;
    while (at < path.length()) {
      char c = path.charAt(at);
      String next;
      if (c == '[') {
        int close = path.indexOf(']', at);
        if (close < 0) {
          return pointer;
        }
        Optional<String> element = element(pointer, path.substring(at + 1, close));
        if (element.isEmpty()) {
          return pointer;
        }
        next = element.get();
        at = close + 1;
      } else {
        if (c == '.') {
          at++;
        }
        int end = at;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        next = pointer + "/" + escape(path.substring(at, end));
        at = end;
      }
      if (!locations.containsKey(next)) {
        return pointer;
      }
      pointer = next;
    }
    return pointer;
  }

  private Optional<String> element(String array, String selector) {
    for (Map<String, String> ids : List.of(elementIds, elementKeys)) {
      for (int index = 0; locations.containsKey(array + "/" + index); index++) {
        String element = array + "/" + index;
        if (selector.equals(ids.get(element))) {
          return Optional.of(element);
        }
      }
    }
    if (!selector.isEmpty() && selector.chars().allMatch(Character::isDigit) && selector.length() < 10) {
      String element = array + "/" + Integer.parseInt(selector);
      return locations.containsKey(element) ? Optional.of(element) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Returns where a JSON Pointer's part of the document starts: its property name, or for a list
   * element its first character.
   *
   * @param pointer a pointer {@link #pointer(String)} returned
   * @return the line and column
   */
  Location location(String pointer) {
    return locations.getOrDefault(pointer, START);
  }

  /**
   * Returns where a finding points.
   *
   * @param finding the finding
   * @return the line and column of the deepest part of the document its path reaches
   */
  Location locate(Finding finding) {
    return location(pointer(finding.path()));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
