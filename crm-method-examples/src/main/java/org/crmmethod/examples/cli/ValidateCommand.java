package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks a plan against its method with the built-in rules and lists the
 * findings, each at the line and column of the part of the document it is about.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Checks a plan against its method.",
    description = {
      "Checks a plan against its method with the built-in rules (docs/RULES.md) and lists the "
          + "findings, each as FILE:LINE:COLUMN: SEVERITY RULE [FACTS] at PATH: MESSAGE.",
      "Exits with 1 when a finding is an ERROR; warnings and info do not change the exit code."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PlanInput input;
  @Mixin MethodChoice methods;
  @Mixin OutputFormat.Choice output;

  @Override
  public Integer call() {
    ProjectPlan plan = input.plan();
    Method method = methods.method(plan, input.planFile);
    ValidationReport report = Validator.standard().validate(plan, method);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.print(Documents.document(report));
    } else {
      FindingLocator locator = FindingLocator.of(Documents.readText(input.planFile));
      out.printf(
          "%s: plan '%s' against method '%s': %s (%d error(s), %d warning(s), %d info; %d rules run)%n",
          input.planFile,
          report.planId(),
          report.methodId(),
          report.isValid() ? "valid" : "NOT valid",
          report.count(Severity.ERROR),
          report.count(Severity.WARNING),
          report.count(Severity.INFO),
          report.rulesRun().size());
      for (Finding finding : report.findings()) {
        out.printf("%s:%s: %s%n", input.planFile, locator.locate(finding), finding.render());
      }
    }
    out.flush();
    return report.isValid() ? ExitCodes.OK : ExitCodes.NOT_SOUND;
  }
}
