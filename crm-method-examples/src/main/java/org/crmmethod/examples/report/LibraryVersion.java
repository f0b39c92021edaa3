package org.crmmethod.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of crm-method the report was built with, as Maven wrote it into {@code
 * library.properties} at build time, for the page's footer: a constant of the build, so the page
 * stays the same from one run to the next.
 */
final class LibraryVersion {
  private static final String VERSION = read();

  private LibraryVersion() {}

  /**
   * Returns the version.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} when the build did not write it
   */
  static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").strip();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read library.properties", failure);
    }
  }
}
