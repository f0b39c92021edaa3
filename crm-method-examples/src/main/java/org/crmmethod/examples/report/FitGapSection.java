package org.crmmethod.examples.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.fitgap.Coverage;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.Gap;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.method.CrmModule;

/**
 * The fit-gap part of the page (F08): the costs against the budget with an over-budget flag, the
 * package's degree of fit, the coverage of the requirements by priority and by module, every gap,
 * and the gaps the optimiser recommends closing within the budget.
 */
final class FitGapSection {

  private FitGapSection() {}

  /**
   * Writes the section.
   *
   * @param page where to write
   * @param report the report
   */
  static void write(Markup page, PlanReport report) {
    page.open("section", "id", "fit-gap", "class", "part");
    page.element("h2", "Fit-gap analysis");
    if (report.fitGap().isEmpty()) {
      page.element("p", "The plan holds no fit-gap analysis yet.", "class", "lead");
      page.close("section");
      return;
    }
    Attempt<FitGapReport> attempt = report.fitGap().get();
    if (attempt.value().isEmpty()) {
      page.element("p", "The fit-gap analysis cannot be read: " + attempt.problem(), "class", "problem");
      page.close("section");
      return;
    }
    FitGapReport fitGap = attempt.value().get();
    page.element("p", fitGap.degreeOfFit().describe() + ".", "class", "lead");
    costs(page, fitGap);
    page.element("h3", "Coverage by priority");
    key(page);
    coverage(page, "priority", fitGap.byPriority(), fitGap.overall());
    page.element("h3", "Coverage by module");
    key(page);
    coverage(page, "module", fitGap.byModule(), fitGap.overall());
    Optional<GapClosurePlan> recommendation = report.closure().flatMap(Attempt::value);
    gaps(page, fitGap, recommendation.map(GapClosurePlan::gapsToClose).orElse(List.of()));
    page.element("h3", "Recommended closures");
    if (recommendation.isPresent()) {
      recommendation(page, recommendation.get());
    } else {
      report.closure().ifPresent(closure -> page.element("p", "No recommendation: " + closure.problem(), "class", "problem"));
    }
    page.close("section");
  }

  private static void costs(Markup page, FitGapReport fitGap) {
    page.open("dl", "class", "facts");
    page.element("dt", "Budget").element("dd", Figures.money(fitGap.budget()));
    page.element("dt", "Fit cost (standard and configuration)").element("dd", Figures.money(fitGap.fitCost()));
    page.element("dt", "Gap plan (fit cost and the gaps the project plans to close)");
    page.open("dd", "data-flag", "gap-plan").text(Figures.money(fitGap.plannedCost()) + ", "
        + Figures.workingDays(fitGap.plannedEffortDays()) + " working days ");
    budgetBadge(page, fitGap.gapPlanOverBudget());
    page.close("dd");
    page.element("dt", "Closing every closable gap");
    page.open("dd", "data-flag", "all-gaps").text(Figures.money(fitGap.totalCost()) + " ");
    budgetBadge(page, fitGap.overBudget());
    page.close("dd");
    page.element("dt", "Weighted coverage once the planned gaps are closed")
        .element("dd", Figures.share(fitGap.weightedCoverage()));
    List<String> uncovered = fitGap.uncoveredMustHaves();
    page.element("dt", "Must-haves left uncovered by the gap plan")
        .element("dd", uncovered.isEmpty() ? "none" : String.join(", ", uncovered));
    page.close("dl");
  }

  private static void budgetBadge(Markup page, boolean over) {
    page.element("span", over ? "over budget" : "within budget", "class", over ? "badge over" : "badge within");
  }

  private static void key(Markup page) {
    page.open("div", "class", "key");
    keyItem(page, "met", "met by the package");
    keyItem(page, "closing", "gap planned to be closed");
    keyItem(page, "open", "gap left open");
    keyItem(page, "unassessed", "not assessed");
    page.close("div");
  }

  private static void keyItem(Markup page, String kind, String label) {
    page.open("span").open("i", "class", kind).close("i").text(label).close("span");
  }

  private static <K extends Enum<K>> void coverage(Markup page, String kind, Map<K, Coverage> groups, Coverage overall) {
    page.open("table", "class", "coverage", "data-by", kind);
    page.open("thead").open("tr");
    page.element("th", kind.equals("priority") ? "Priority" : "Module");
    page.element("th", "Requirements", "class", "number").element("th", "Met by package", "class", "number")
        .element("th", "Gaps to close", "class", "number").element("th", "Open gaps", "class", "number")
        .element("th", "Unassessed", "class", "number").element("th", "Package coverage", "class", "number")
        .element("th", "Planned coverage", "class", "number").element("th", "Coverage");
    page.close("tr").close("thead");
    page.open("tbody");
    for (Map.Entry<K, Coverage> group : groups.entrySet()) {
      coverageRow(page, group.getKey().name(), label(group.getKey()), group.getValue());
    }
    coverageRow(page, "ALL", "All requirements", overall);
    page.close("tbody");
    page.close("table");
  }

  private static String label(Enum<?> group) {
    if (group instanceof Priority priority) {
      return priority.label();
    }
    if (group instanceof CrmModule module) {
      return module.label();
    }
    return Figures.words(group);
  }

  private static void coverageRow(Markup page, String key, String label, Coverage coverage) {
    page.open("tr", "data-group", key);
    page.element("td", label);
    page.element("td", String.valueOf(coverage.requirements()), "class", "number");
    page.element("td", String.valueOf(coverage.coveredByPackage()), "class", "number");
    page.element("td", String.valueOf(coverage.gapsToClose()), "class", "number");
    page.element("td", String.valueOf(coverage.openGaps()), "class", "number");
    page.element("td", String.valueOf(coverage.unassessed()), "class", "number");
    page.element("td", Figures.share(coverage.packageCoverage()), "class", "number");
    page.element("td", Figures.share(coverage.plannedCoverage()), "class", "number");
    page.open("td").open("div", "class", "meter", "title", coverage.coveredByPackage() + " met, " + coverage.gapsToClose()
        + " to close, " + coverage.openGaps() + " open, " + coverage.unassessed() + " unassessed");
    double total = Math.max(1, coverage.requirements());
    meterPart(page, "met", coverage.coveredByPackage() / total);
    meterPart(page, "closing", coverage.gapsToClose() / total);
    meterPart(page, "open", coverage.openGaps() / total);
    meterPart(page, "unassessed", coverage.unassessed() / total);
    page.close("div").close("td");
    page.close("tr");
  }

  private static void meterPart(Markup page, String kind, double share) {
    if (share > 0) {
      page.open("span", "class", kind, "style", "width: " + Figures.coordinate(100 * share) + "%").close("span");
    }
  }

  private static void gaps(Markup page, FitGapReport fitGap, List<String> recommended) {
    page.element("h3", "Gaps (" + fitGap.gaps().size() + ")");
    if (fitGap.gaps().isEmpty()) {
      page.element("p", "The package meets every assessed requirement.", "class", "none");
      return;
    }
    Set<String> chosen = Set.copyOf(recommended);
    page.open("table", "class", "gaps");
    page.open("thead").open("tr");
    page.element("th", "Requirement").element("th", "Statement").element("th", "Module").element("th", "Priority")
        .element("th", "Package fit").element("th", "Effort (wd)", "class", "number").element("th", "Cost", "class", "number")
        .element("th", "In the gap plan").element("th", "Recommended");
    page.close("tr").close("thead");
    page.open("tbody");
    for (Gap gap : fitGap.gaps()) {
      String id = gap.requirement().id();
      page.open("tr", "data-requirement", id);
      page.open("td").element("code", id).close("td");
      page.element("td", gap.requirement().statement());
      page.element("td", gap.requirement().module().label());
      page.element("td", gap.requirement().priority().label());
      page.element("td", gap.assessment().fit().label());
      page.element("td", Figures.workingDays(gap.assessment().effortDays()), "class", "number");
      page.element("td", Figures.money(gap.assessment().cost()), "class", "number");
      page.element("td", gap.toClose() ? "yes" : "no");
      page.element("td", chosen.contains(id) ? "yes" : (gap.closable() ? "no" : "cannot be closed"));
      page.close("tr");
    }
    page.close("tbody");
    page.close("table");
  }

  private static void recommendation(Markup page, GapClosurePlan plan) {
    page.open("p", "class", "recommendation");
    page.text("Within the budget of " + Figures.money(plan.budget()) + ", after the fit cost of "
        + Figures.money(plan.fitCost()) + ", close ");
    page.text(plan.gapsToClose().isEmpty() ? "no gap" : String.join(", ", plan.gapsToClose()));
    page.text(" for " + Figures.money(plan.cost()) + " (" + Figures.workingDays(plan.effortDays()) + " working days),"
        + " reaching a weighted coverage of " + Figures.share(plan.weightedCoverage()) + " ("
        + (plan.provenBest() ? "proven best" : "within the stated bound of the best") + ", "
        + Figures.words(plan.solver()) + "). ");
    page.text(plan.withinBudget() ? "" : "The fit cost alone exceeds the budget. ");
    page.text("Must-haves left open: " + (plan.openMustHaves().isEmpty() ? "none" : String.join(", ", plan.openMustHaves()))
        + ".");
    page.close("p");
  }
}
