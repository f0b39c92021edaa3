package org.crmmethod.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The table-driven identifier check accepts exactly what {@link Invariants#ID_PATTERN} does. */
class IdentifierCheckTest {
  /** Characters near the edges of the accepted classes, plus a few far outside them. */
  private static final String ALPHABET = "aAzZ09._-@/ `{[:~éİı\u0000\u00ff";

  private static final Gen<String> CANDIDATES =
      lists()
          .of(integers().between(0, ALPHABET.length() - 1))
          .ofSizeBetween(0, 70)
          .map(
              indexes ->
                  indexes.stream()
                      .map(i -> String.valueOf(ALPHABET.charAt(i)))
                      .collect(Collectors.joining()));

  @Test
  void isId_agreesWithThePattern() {
    qt().withExamples(2_000)
        .forAll(CANDIDATES)
        .checkAssert(
            candidate ->
                assertThat(Invariants.isId(candidate))
                    .as(candidate)
                    .isEqualTo(Invariants.ID_PATTERN.matcher(candidate).matches()));
  }

  @Test
  void isId_atTheBoundaries() {
    for (String accepted : List.of("a", "Z", "0", "a-b", "x".repeat(64), "9._-")) {
      assertThat(Invariants.isId(accepted)).as(accepted).isTrue();
    }
    for (String refused : List.of("", "-a", ".a", "_a", "x".repeat(65), "a b", "é", "a/b")) {
      assertThat(Invariants.isId(refused)).as(refused).isFalse();
    }
  }
}
