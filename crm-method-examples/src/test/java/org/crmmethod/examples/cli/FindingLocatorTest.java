package org.crmmethod.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.examples.cli.FindingLocator.Location;
import org.junit.jupiter.api.Test;

/** Following a finding's path into a document, and the lines and columns found there. */
class FindingLocatorTest {
  private static final String DOCUMENT =
      String.join(
          "\n",
          "{",
          "  \"id\" : \"p\",",
          "  \"lots\" : [ {",
          "    \"id\" : \"LOT-1\",",
          "    \"modules\" : [ \"SFA\", \"ANALYTICAL\" ],",
          "    \"training\" : { \"activity\" : { \"id\" : \"L1-TRAIN\" } }",
          "  }, {",
          "    \"id\" : \"LOT-2\"",
          "  } ],",
          "  \"readiness\" : { \"answers\" : [ { \"question\" : \"DATA-08\", \"status\" : \"SETTLED\" } ] },",
          "  \"gateDecisions\" : [ { \"gate\" : \"G1\" }, { \"gate\" : \"G2\" } ],",
          "  \"a/b\" : 1",
          "}");
  private final FindingLocator locator = FindingLocator.of(DOCUMENT);

  @Test
  void pointer_picksElementsById() {
    assertThat(locator.pointer("lots[LOT-2]")).isEqualTo("/lots/1");
    assertThat(locator.pointer("lots[LOT-1].training.activity")).isEqualTo("/lots/0/training/activity");
  }

  @Test
  void pointer_picksElementsByTheirFirstStringProperty_whenTheyHaveNoId() {
    assertThat(locator.pointer("readiness.answers[DATA-08]")).isEqualTo("/readiness/answers/0");
  }

  @Test
  void pointer_picksElementsByPosition_whenNoIdMatches() {
    assertThat(locator.pointer("gateDecisions[1]")).isEqualTo("/gateDecisions/1");
  }

  @Test
  void pointer_picksStringElementsByValue() {
    assertThat(locator.pointer("lots[LOT-1].modules[ANALYTICAL]")).isEqualTo("/lots/0/modules/1");
  }

  @Test
  void pointer_stopsAtTheDeepestPartThatIsThere() {
    assertThat(locator.pointer("lots[LOT-2].training.activity")).isEqualTo("/lots/1");
    assertThat(locator.pointer("lots[LOT-9]")).isEqualTo("/lots");
    assertThat(locator.pointer("gateDecisions[7]")).isEqualTo("/gateDecisions");
    assertThat(locator.pointer("championsTeam")).isEmpty();
    assertThat(locator.pointer("")).isEmpty();
  }

  @Test
  void pointer_escapesNamesAsJsonPointerDoes() {
    assertThat(locator.pointer("a/b")).isEqualTo("/a~1b");
  }

  @Test
  void location_isThePropertyNameOrTheElementsFirstCharacter() {
    assertThat(locator.location("")).isEqualTo(new Location(1, 1));
    assertThat(locator.location("/lots")).isEqualTo(new Location(3, 3));
    assertThat(locator.location("/lots/1")).isEqualTo(new Location(7, 6));
    assertThat(locator.location("/lots/0/training/activity")).isEqualTo(new Location(6, 20));
    assertThat(locator.location("/lots/0/modules/1")).isEqualTo(new Location(5, 26));
    assertThat(locator.location("/a~1b")).isEqualTo(new Location(12, 3));
  }

  @Test
  void location_ofAnUnknownPointer_isTheDocumentsStart() {
    assertThat(locator.location("/nowhere")).isEqualTo(new Location(1, 1));
  }
}
