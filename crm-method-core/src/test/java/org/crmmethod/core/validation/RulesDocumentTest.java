package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

/** docs/RULES.md lists exactly the built-in rules, with their severity, facts and title. */
class RulesDocumentTest {

  @Test
  void rulesTable_matchesTheRegisteredRules() throws IOException {
    Path document = Path.of("..", "docs", "RULES.md");
    List<String> rows =
        Files.readAllLines(document).stream().filter(line -> line.startsWith("| `")).toList();

    List<String> expected =
        BuiltInRules.all().stream()
            .map(
                rule ->
                    "| `" + rule.id() + "` | " + rule.severity() + " | "
                        + (rule.facts().isEmpty()
                            ? "-"
                            : rule.facts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")))
                        + " | " + rule.title() + " |")
            .toList();
    assertThat(rows).containsExactlyElementsOf(expected);
  }
}
