package org.crmmethod.examples.cli;

import java.nio.file.Path;
import org.crmmethod.core.plan.ProjectPlan;
import picocli.CommandLine.Parameters;

/** The plan document a command works on; mixed into every command that reads a plan. */
final class PlanInput {
  @Parameters(
      index = "0",
      paramLabel = "PLAN.json",
      description = "The plan document (the library's JSON wire format).")
  Path planFile;

  /**
   * Reads the plan.
   *
   * @return the plan
   * @throws PlannerException exit code 2 when the file cannot be read or is not a valid plan
   */
  ProjectPlan plan() {
    return Documents.read(planFile, ProjectPlan.class);
  }
}
