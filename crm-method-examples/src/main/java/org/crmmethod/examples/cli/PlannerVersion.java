package org.crmmethod.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.crmmethod.json.WireFormat;
import picocli.CommandLine.IVersionProvider;

/** The planner's {@code --version}: its own version, the wire format's and Java's. */
final class PlannerVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "crm-planner " + version(),
      "reads and writes schemaVersion " + WireFormat.CURRENT_SCHEMA_VERSION + " of the crm-method wire format",
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
    };
  }

  /**
   * Returns the planner's version, which Maven writes into a resource when it builds the planner.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}
   */
  static String version() {
    try (InputStream in = PlannerVersion.class.getResourceAsStream("planner.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
