package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

/** The two laws every value must keep through the wire format. */
final class RoundTrips {
  private static final CrmJson INDENTED = CrmJson.standard();
  private static final CrmJson COMPACT = CrmJson.builder().indent(false).build();

  private RoundTrips() {}

  /**
   * Checks, for indented and for compact output, that reading what was written gives an equal
   * value and that writing it again gives the very same text.
   *
   * @param value the value
   * @param type the type to read it back as, e.g. {@code ProjectPlan.class}
   */
  static void assertRoundTrips(Object value, Class<?> type) {
    for (CrmJson json : new CrmJson[] {INDENTED, COMPACT}) {
      String written = json.write(value);
      Object read = json.read(written, type);
      assertThat(read).as("read(write(value)) for %s", written).isEqualTo(value);
      assertThat(json.write(read)).as("write(read(write(value)))").isEqualTo(written);
    }
  }
}
