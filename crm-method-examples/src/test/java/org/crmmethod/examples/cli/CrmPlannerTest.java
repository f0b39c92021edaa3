package org.crmmethod.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's top level: no arguments, help, version, and the errors of usage. */
class CrmPlannerTest {
  private static final List<String> COMMANDS =
      List.of("new", "validate", "schedule", "forecast", "gap", "report");

  @Test
  void noArguments_runThePharmaceuticalScenarioAndPrintAHint() {
    PlannerRun run = PlannerRun.of();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("A pharmaceutical laboratory, end to end with the staged method")
        .contains("Recommended start module: Analytical CRM", "Monte Carlo forecast", "P80")
        .endsWith(CrmPlanner.HINT + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_listsEveryCommandAndTheExitCodes() {
    PlannerRun run = PlannerRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: crm-planner ").contains("Exit codes:", "A new user's workflow:");
    COMMANDS.forEach(command -> assertThat(run.out()).contains("  " + command + " "));
  }

  @Test
  void help_worksForEveryCommand_asAnOptionAndThroughHelp() {
    for (String command : COMMANDS) {
      PlannerRun option = PlannerRun.of(command, "--help");
      PlannerRun help = PlannerRun.of("help", command);

      assertThat(option.exitCode()).as(command).isZero();
      assertThat(option.out()).as(command).contains("Usage: crm-planner " + command + " ", "--format", "--help");
      assertThat(help.out()).as(command).isEqualTo(option.out());
    }
  }

  @Test
  void version_namesThePlannerTheWireFormatAndJava() {
    PlannerRun run = PlannerRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("^crm-planner \\d+\\.\\d+\\.\\d+")
        .contains("schemaVersion 1", "Java " + Runtime.version());
    assertThat(PlannerRun.of("validate", "--version").out()).isEqualTo(run.out());
  }

  @Test
  void unknownCommand_isAUsageError_withASuggestion() {
    PlannerRun run = PlannerRun.of("validat", "plan.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unmatched arguments", "validat", "Did you mean", "validate", "See 'crm-planner --help'.");
  }

  @Test
  void unknownOption_isAUsageError_namingTheCommandsHelp() {
    PlannerRun run = PlannerRun.of("schedule", "plan.json", "--colour");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("crm-planner schedule: Unknown option: '--colour'", "See 'crm-planner schedule --help'.");
  }

  @Test
  void missingPlan_isAUsageError() {
    PlannerRun run = PlannerRun.of("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'PLAN.json'");
  }

  @Test
  void unknownFormat_isAUsageErrorListingTheFormats() {
    PlannerRun run = PlannerRun.of("validate", "plan.json", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'xml' is not one of text, json");
  }

  @Test
  void main_returnsNormally_whenAllWentWell() {
    // Were main to call System.exit(0), this test's JVM would end here.
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      CrmPlanner.main(new String[] {"--version"});
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("crm-planner ");
  }
}
