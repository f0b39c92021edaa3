package org.crmmethod.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One run of the planner in this JVM, with what it wrote to standard output and error: how the
 * tests use the planner, as a user would from a shell.
 *
 * @param exitCode the exit code
 * @param out what the planner wrote to standard output
 * @param err what it wrote to standard error
 */
record PlannerRun(int exitCode, String out, String err) {

  /**
   * Runs the planner.
   *
   * @param args the command line
   * @return the run
   */
  static PlannerRun of(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine planner = CrmPlanner.commandLine();
    planner.setOut(new PrintWriter(out, true));
    planner.setErr(new PrintWriter(err, true));
    int exitCode = planner.execute(Stream.of(args).map(String::valueOf).toArray(String[]::new));
    return new PlannerRun(exitCode, out.toString(), err.toString());
  }

  /**
   * Reads a text file, as a user edits it.
   *
   * @param file the file
   * @return its lines
   */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Edits a text file by hand, as it were: replaces the first occurrence of a text.
   *
   * @param file the file
   * @param from the text to replace, which must be there
   * @param to its replacement
   * @return the 1-based line the edit is on
   */
  static int edit(Path file, String from, String to) {
    List<String> lines = lines(file);
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      int at = line.indexOf(from);
      if (at >= 0) {
        lines.set(index, line.substring(0, at) + to + line.substring(at + from.length()));
        try {
          Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return index + 1;
      }
    }
    throw new AssertionError(file + " holds no '" + from + "'");
  }
}
