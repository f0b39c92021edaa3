package org.crmmethod.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmmethod.json.CrmJson;
import org.crmmethod.json.CrmJsonException;

/**
 * Reads and writes the planner's files, turning every failure into a {@link PlannerException} whose
 * message starts with the file, as compilers do: {@code plan.json:12:7: /lots/1/teamSize: ...}.
 */
final class Documents {
  static final CrmJson JSON = CrmJson.standard();

  private Documents() {}

  /**
   * Reads a document of the wire format.
   *
   * @param file the file
   * @param type the type of its top-level value
   * @return the value read, with every invariant checked
   * @throws PlannerException exit code 2, naming the file, line, column and pointer of the problem
   */
  static <T> T read(Path file, Class<T> type) {
    if (!Files.exists(file)) {
      throw PlannerException.badInput(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw PlannerException.badInput(file + ": is a directory, not a document");
    }
    try {
      return JSON.read(file, type);
    } catch (CrmJsonException bad) {
      throw PlannerException.badInput(describe(file, bad));
    }
  }

  /**
   * Describes a reading failure on one line: {@code FILE:LINE:COLUMN: POINTER: DETAIL}, leaving out
   * what is unknown (the line and column) or empty (the pointer of the whole document).
   *
   * @param file the file read
   * @param bad the failure
   * @return the description
   */
  static String describe(Path file, CrmJsonException bad) {
    StringBuilder text = new StringBuilder(file.toString());
    if (bad.line() > 0) {
      text.append(':').append(bad.line());
      if (bad.column() > 0) {
        text.append(':').append(bad.column());
      }
    }
    text.append(": ");
    if (bad.problem() == CrmJsonException.Problem.INPUT_OUTPUT) {
      text.append("cannot be read: ");
    } else if (!bad.pointer().isEmpty()) {
      text.append(bad.pointer()).append(": ");
    }
    return text.append(bad.detail()).toString();
  }

  /**
   * Writes a value as a document of the wire format, ending with a line feed as text files do.
   *
   * @param value a plan or a result
   * @return the document
   */
  static String document(Object value) {
    String document = JSON.write(value);
    return document.endsWith("\n") ? document : document + "\n";
  }

  /**
   * Writes text to a file in UTF-8, replacing it.
   *
   * @param file the file
   * @param text the text
   * @throws PlannerException exit code 2 when the file cannot be written
   */
  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException failure) {
      throw PlannerException.badInput(file + ": cannot be written: " + failure);
    }
  }

  /**
   * Reads a file's text in UTF-8.
   *
   * @param file the file
   * @return its text
   * @throws PlannerException exit code 2 when the file cannot be read
   */
  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException failure) {
      throw PlannerException.badInput(file + ": cannot be read: " + failure);
    }
  }
}
