package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireFormatTest {

  @Test
  void requireReadable_currentVersion() {
    assertThat(WireFormat.requireReadable(WireFormat.CURRENT_SCHEMA_VERSION))
        .isEqualTo(WireFormat.CURRENT_SCHEMA_VERSION);
  }

  @Test
  void requireReadable_newerVersion() {
    assertThatThrownBy(() -> WireFormat.requireReadable(WireFormat.CURRENT_SCHEMA_VERSION + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schemaVersion 2 is newer");
  }

  @Test
  void requireReadable_versionBelowOne() {
    assertThatThrownBy(() -> WireFormat.requireReadable(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schemaVersion must be at least 1, but was 0");
  }
}
