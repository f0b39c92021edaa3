package org.crmmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.junit.jupiter.api.Test;

/** Keeps the README and docs/FACTS.md honest: their code compiles and their facts are all there. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static List<String> javaBlocks() throws IOException {
    Matcher matcher = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private static List<String> codeLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  @Test
  void quickStart_isTheQuickStartExample() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/org/crmmethod/examples/QuickStart.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(0)));
  }

  @Test
  void builderSnippet_compilesAndBuilds() throws IOException {
    // The same code as the README's second snippet.
    Activity training = Activity.builder()
        .id("L1-TRAIN")
        .name("Train users on real data")
        .kind(ActivityKind.TRAINING)
        .estimate(ThreePointEstimate.of(5, 8, 12))        // working days
        .addDependencies(Dependency.on("L1-PRE"))
        .build();
    assertThat(training.dependencies()).containsExactly(Dependency.on("L1-PRE"));
    String source =
        Files.readString(Path.of("src/test/java/org/crmmethod/examples/ReadmeTest.java"));
    assertThat(codeLines(source)).containsSubsequence(codeLines(javaBlocks().get(1)));
  }

  @Test
  void readme_showsTheTwoCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("mvn -q -pl crm-method-examples -am compile exec:java", "mvn -B -ntp verify");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("set -euo pipefail", "mvn -B -ntp verify");
  }

  @Test
  void factsTable_coversEveryFact() throws IOException {
    String facts = Files.readString(ROOT.resolve("docs/FACTS.md"));
    for (MethodFact fact : MethodFact.values()) {
      assertThat(facts).contains("| " + fact.name() + " |");
    }
  }
}
