package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.Gap;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.examples.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gap}: the plan's fit-gap analysis (F08) reported, and the gaps worth closing within the
 * budget recommended.
 */
@Command(
    name = "gap",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = PlannerVersion.class,
    header = "Reports the fit-gap analysis; recommends gaps to close.",
    description = {
      "Reports the plan's fit-gap analysis (F08): coverage by priority, the gaps, the costs against "
          + "the budget and the degree of fit; then recommends the gaps to close within the "
          + "budget (the analysis' own, or --budget).",
      "--format json writes one object with two result documents: \"fitGapReport\" (a "
          + "FitGapReport) and \"gapClosurePlan\" (a GapClosurePlan)."
    })
final class GapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PlanInput input;
  @Mixin OutputFormat.Choice output;

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      description = "Recommend within this budget instead of the analysis' own, in the analysis' "
          + "currency, e.g. 150000.")
  Optional<BigDecimal> budget = Optional.empty();

  @Override
  public Integer call() {
    ProjectPlan plan = input.plan();
    FitGapAnalysis analysis =
        plan.fitGap()
            .orElseThrow(
                () ->
                    PlannerException.badInput(
                        input.planFile + ": the plan holds no fit-gap analysis (\"fitGap\"); add "
                            + "one once requirements are gathered (see docs/WIRE-FORMAT.md)"));
    Money limit = analysis.budget();
    if (budget.isPresent()) {
      if (budget.get().signum() < 0) {
        throw new ParameterException(spec.commandLine(), "--budget must not be negative, but was " + budget.get());
      }
      limit = Money.of(budget.get(), analysis.budget().currency());
    }
    Money within = limit;
    FitGapReport report = Engines.run(input.planFile, () -> FitGapAnalyser.standard().analyse(analysis));
    GapClosurePlan closure =
        Engines.run(input.planFile, () -> GapClosureOptimiser.standard().recommend(analysis, within));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.print(
          "{\n  \"fitGapReport\" : " + nested(Documents.document(report))
              + ",\n  \"gapClosurePlan\" : " + nested(Documents.document(closure)) + "\n}\n");
    } else {
      printText(out, plan, report, closure);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Indents a document written at the top level so that it reads well as a member. */
  private static String nested(String document) {
    return document.strip().replace("\n", "\n  ");
  }

  private static void printText(PrintWriter out, ProjectPlan plan, FitGapReport report, GapClosurePlan closure) {
    out.printf("%s: fit-gap analysis (F08)%n%s%n%n", plan.name(), report.degreeOfFit().describe());
    TextTable coverage =
        TextTable.withHeaders("Priority", "Requirements", "Met by the package", "Gaps to close", "Open gaps", "Unassessed");
    for (Map.Entry<Priority, Coverage> entry : report.byPriority().entrySet()) {
      addCoverage(coverage, entry.getKey().label(), entry.getValue());
    }
    addCoverage(coverage, "All", report.overall());
    out.print(coverage.render());
    out.println();
    out.println("Gaps");
    TextTable gaps = TextTable.withHeaders("Requirement", "Priority", "Module", "Fit", "Cost", "Effort days", "Planned");
    for (Gap gap : report.gaps()) {
      gaps.addRow(
          gap.requirement().id(),
          gap.requirement().priority().label(),
          gap.requirement().module().label(),
          gap.assessment().fit().label(),
          gap.assessment().cost(),
          Figures.days(gap.assessment().effortDays()),
          gap.toClose() ? "yes" : gap.closable() ? "no" : "cannot be closed");
    }
    out.print(gaps.render());
    out.printf(
        "%nFit %s; with the planned gaps %s; with every closable gap %s; budget %s%s.%n",
        report.fitCost(),
        report.plannedCost(),
        report.totalCost(),
        report.budget(),
        report.gapPlanOverBudget() ? " (the planned gaps exceed it)" : "");
    if (!report.uncoveredMustHaves().isEmpty()) {
      out.printf("Must-haves left uncovered: %s%n", String.join(", ", report.uncoveredMustHaves()));
    }
    out.printf(
        "%nRecommended within %s: close %s for %s (%s effort days, %s in all); weighted coverage %s; %s%s.%n",
        closure.budget(),
        closure.gapsToClose().isEmpty() ? "no gap" : String.join(", ", closure.gapsToClose()),
        closure.cost(),
        Figures.days(closure.effortDays()),
        closure.totalCost(),
        Figures.percent(closure.weightedCoverage()),
        closure.provenBest() ? "the best choice within the budget" : "a choice close to the best ("
            + EnumNames.name(closure.solver()) + ")",
        closure.withinBudget() ? "" : "; the fit alone exceeds the budget");
    if (!closure.openMustHaves().isEmpty()) {
      out.printf("Must-haves still open: %s%n", String.join(", ", closure.openMustHaves()));
    }
  }

  private static void addCoverage(TextTable table, String label, Coverage coverage) {
    table.addRow(
        label,
        coverage.requirements(),
        coverage.coveredByPackage(),
        coverage.gapsToClose(),
        coverage.openGaps(),
        coverage.unassessed());
  }
}
