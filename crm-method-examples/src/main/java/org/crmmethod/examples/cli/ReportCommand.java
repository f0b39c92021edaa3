package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.examples.report.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the plan's report as one HTML page, and its Gantt chart as Mermaid text. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Writes the plan's HTML report and Gantt chart.",
    description = {
      "Writes the plan's report as one self-contained HTML page to open in a browser, and with "
          + "--mermaid its schedule as a Mermaid Gantt chart.",
      "Without --out the page goes to standard output. With --out, --format text prints what was "
          + "written and --format json prints nothing more."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PlanInput input;
  @Mixin MethodChoice methods;
  @Mixin OutputFormat.Choice output;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Where to write the HTML page, e.g. report.html.")
  Optional<Path> out = Optional.empty();

  @Option(names = "--mermaid", paramLabel = "FILE", description = "Where to write the Mermaid Gantt chart.")
  Optional<Path> mermaid = Optional.empty();

  @Mixin SimulationOptions simulation;

  @Option(
      names = "--target",
      paramLabel = "DATE",
      description = "A target finish date (yyyy-mm-dd) whose credibility the report assesses.")
  Optional<LocalDate> target = Optional.empty();

  @Override
  public Integer call() {
    int iterations = simulation.iterations(spec);
    ProjectPlan plan = input.plan();
    Method method = methods.method(plan, input.planFile);
    PlanReport report =
        Engines.run(
            input.planFile, () -> PlanReport.of(plan, method, iterations, simulation.seed, target));
    PrintWriter stdout = spec.commandLine().getOut();
    if (out.isEmpty()) {
      stdout.print(report.html());
    } else {
      Documents.write(out.get(), report.html());
    }
    mermaid.ifPresent(file -> Documents.write(file, report.mermaidGantt()));
    if (!output.json()) {
      out.ifPresent(file -> stdout.printf("Wrote %s: open it in a browser.%n", file));
      mermaid.ifPresent(file -> stdout.printf("Wrote %s: a Mermaid Gantt chart.%n", file));
    }
    stdout.flush();
    return ExitCodes.OK;
  }
}
