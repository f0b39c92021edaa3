package org.crmmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void render_padsEachColumnToItsWidestCell() {
    String table = TextTable.withHeaders("Id", "Name").addRow("LOT-1", "Analytical CRM").addRow(2, "SFA").render();
    assertThat(table)
        .isEqualTo(
            "Id     Name\n"
                + "-----  --------------\n"
                + "LOT-1  Analytical CRM\n"
                + "2      SFA\n");
  }

  @Test
  void addRow_wrongNumberOfCells() {
    assertThatThrownBy(() -> TextTable.withHeaders("A", "B").addRow("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row must hold 2 cells, but held 1: [only one]");
  }

  @Test
  void withHeaders_none() {
    assertThatThrownBy(TextTable::withHeaders)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headers must hold at least one column");
  }
}
