package org.crmmethod.core.validation.rules;

import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The gap plan fits its budget (F08): the fit cost and the gaps the project plans to close cost no
 * more than the budget set aside to fit the package, and that budget is no more than the project's
 * whole budget set in phase 1 (F06), when both are in the same currency.
 *
 * <p>It is an error: the gap analysis exists to reconcile what users want and what the package can
 * do with the budget, and a plan over budget has not done so. Raising the budget is general
 * management's decision; once taken, the plan records the new figure and the finding goes. Costs
 * are counted as {@link FitGapReport} counts them.
 */
final class GapPlanWithinBudget extends BuiltInRule {
  GapPlanWithinBudget() {
    super(BuiltInRules.GAP_PLAN_BUDGET, Severity.ERROR, "The gap plan fits its budget", MethodFact.F08);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().fitGap().isEmpty()) {
      return;
    }
    FitGapAnalysis analysis = context.plan().fitGap().get();
    FitGapReport report = FitGapAnalyser.standard().analyse(analysis);
    Money budget = analysis.budget();
    if (report.gapPlanOverBudget()) {
      boolean fitAlone = report.fitCost().amount().compareTo(budget.amount()) > 0;
      findings.report(
          fitAlone ? "fitGap.budget" : "fitGap.gapsToClose",
          "The gap plan costs " + report.plannedCost() + " (" + report.fitCost() + " to fit the package, "
              + report.gapsToClose().size() + " gap(s) to close) against a budget of " + budget
              + (fitAlone ? "; fitting the package alone exceeds it" : ""),
          fitAlone
              ? "Review the configuration costs or have general management raise the budget."
              : "Close fewer or cheaper gaps (GapClosureOptimiser recommends the most valuable choice within the budget),"
                  + " or have general management raise the budget.");
    }
    Money project = context.plan().context().budget();
    if (project.currency().equals(budget.currency()) && budget.amount().compareTo(project.amount()) > 0) {
      findings.report(
          "fitGap.budget",
          "The gap analysis counts on " + budget + ", more than the project's whole budget of " + project,
          "Set the gap analysis' budget to the share of the project's budget set aside to fit the package.");
    }
  }
}
