package org.crmmethod.core.fitgap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.value.Invariants;

/**
 * What a fit-gap analysis shows (F08): coverage by priority and by module, the gaps with their
 * resolution options, the costs against the budget and the package's degree of fit.
 *
 * <p>Costs follow one convention. The <em>fit cost</em> is what setting the package up for the
 * in-scope requirements it meets costs (standard and configuration; {@link Priority#WONT}
 * requirements are out of scope and cost nothing). The <em>planned cost</em> adds the gaps the
 * project plans to close; the <em>total cost</em> adds instead every closable gap of an in-scope
 * requirement, which is what covering all that the package can cover would cost. Gaps the package
 * cannot close are never counted. Totals, shares and flags are computed from the components and
 * are not components themselves.
 *
 * @param overall the coverage of all requirements
 * @param byPriority the coverage of each priority that has requirements
 * @param byModule the coverage of each module that has requirements
 * @param gaps the gaps, in the order of the requirements
 * @param unassessed the requirements not assessed yet, in order
 * @param budget the analysis' budget
 * @param fitCost the fit cost, in the budget's currency
 * @param fitEffortDays the effort of the fits of in-scope requirements, in working days
 * @param weightedCoverage the share of the requirements' total weight covered once the planned gaps
 *     are closed, from 0 to 1 (1 when no requirement carries weight)
 * @param degreeOfFit how well the package fits as a whole
 * @param weights the weights the weighted figures use
 */
public record FitGapReport(
    Coverage overall,
    Map<Priority, Coverage> byPriority,
    Map<CrmModule, Coverage> byModule,
    List<Gap> gaps,
    List<Requirement> unassessed,
    Money budget,
    Money fitCost,
    double fitEffortDays,
    double weightedCoverage,
    DegreeOfFit degreeOfFit,
    CoverageWeights weights) {

  /**
   * Checks the report's figures against each other and fixes its collections.
   *
   * @throws org.crmmethod.core.InvalidModelException when a share or effort is out of range,
   *     amounts are in different currencies, or the overall coverage does not count the gaps and
   *     unassessed requirements listed
   */
  public FitGapReport {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(fitCost, "fitCost");
    Objects.requireNonNull(degreeOfFit, "degreeOfFit");
    Objects.requireNonNull(weights, "weights");
    byPriority.values().forEach(coverage -> Objects.requireNonNull(coverage, "byPriority"));
    byModule.values().forEach(coverage -> Objects.requireNonNull(coverage, "byModule"));
    byPriority = Collections.unmodifiableMap(byPriority.isEmpty() ? new EnumMap<>(Priority.class) : new EnumMap<>(byPriority));
    byModule = Collections.unmodifiableMap(byModule.isEmpty() ? new EnumMap<>(CrmModule.class) : new EnumMap<>(byModule));
    gaps = List.copyOf(gaps);
    unassessed = List.copyOf(unassessed);
    Invariants invariants =
        Invariants.of("FitGapReport")
            .require(fitCost.currency().equals(budget.currency()), "fitCost", fitCost, "must be in the budget's currency")
            .nonNegative("fitEffortDays", fitEffortDays)
            .require(weightedCoverage >= 0 && weightedCoverage <= 1, "weightedCoverage", weightedCoverage, "must be between 0 and 1")
            .require(
                overall.gapsToClose() + overall.openGaps() == gaps.size(),
                "gaps",
                gaps.size() + " gaps",
                "must be as many as the overall coverage counts (" + (overall.gapsToClose() + overall.openGaps()) + ")")
            .require(
                overall.unassessed() == unassessed.size(),
                "unassessed",
                unassessed.size() + " requirements",
                "must be as many as the overall coverage counts (" + overall.unassessed() + ")");
    for (Gap gap : gaps) {
      invariants.require(
          gap.assessment().cost().currency().equals(budget.currency()),
          "gaps",
          gap.requirement().id() + " costed " + gap.assessment().cost(),
          "must be costed in the budget's currency");
    }
  }

  /**
   * Returns the cost of closing every closable gap of an in-scope requirement.
   *
   * @return the cost, in the budget's currency
   */
  public Money closableGapCost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Gap gap : gaps) {
      if (gap.closable() && gap.requirement().priority().inScope()) {
        sum = sum.add(gap.assessment().cost().amount());
      }
    }
    return Amounts.money(sum, budget.currency());
  }

  /**
   * Returns the cost of covering all that the package can cover: the fit cost and every closable
   * gap of an in-scope requirement.
   *
   * @return the total cost
   */
  public Money totalCost() {
    return Amounts.plus(fitCost, closableGapCost());
  }

  /**
   * Returns the cost of the gap plan: the fit cost and the gaps the project plans to close.
   *
   * @return the planned cost
   */
  public Money plannedCost() {
    BigDecimal sum = fitCost.amount();
    for (Gap gap : gaps) {
      if (gap.toClose()) {
        sum = sum.add(gap.assessment().cost().amount());
      }
    }
    return Amounts.money(sum, budget.currency());
  }

  /**
   * Returns the effort of the gap plan: the fits' effort and that of the gaps to close.
   *
   * @return the effort, in working days
   */
  public double plannedEffortDays() {
    double effort = fitEffortDays;
    for (Gap gap : gaps) {
      if (gap.toClose()) {
        effort += gap.assessment().effortDays();
      }
    }
    return effort;
  }

  /**
   * Tells whether covering all that the package can cover would overrun the budget, so that the
   * project must choose which gaps to close ({@link GapClosureOptimiser} recommends a choice).
   *
   * @return true when the total cost exceeds the budget
   */
  public boolean overBudget() {
    return totalCost().amount().compareTo(budget.amount()) > 0;
  }

  /**
   * Tells whether the gap plan overruns the budget.
   *
   * @return true when the planned cost exceeds the budget
   */
  public boolean gapPlanOverBudget() {
    return plannedCost().amount().compareTo(budget.amount()) > 0;
  }

  /**
   * Returns the gaps the project plans to close.
   *
   * @return those gaps, in order
   */
  public List<Gap> gapsToClose() {
    List<Gap> planned = new ArrayList<>();
    for (Gap gap : gaps) {
      if (gap.toClose()) {
        planned.add(gap);
      }
    }
    return planned;
  }

  /**
   * Returns the ids of the must-have requirements left uncovered: gaps not planned to be closed,
   * gaps the package cannot close, and must-haves not assessed yet.
   *
   * @return the ids, gaps first, each in order
   */
  public List<String> uncoveredMustHaves() {
    List<String> ids = new ArrayList<>();
    for (Gap gap : gaps) {
      if (!gap.toClose() && gap.requirement().priority() == Priority.MUST) {
        ids.add(gap.requirement().id());
      }
    }
    for (Requirement requirement : unassessed) {
      if (requirement.priority() == Priority.MUST) {
        ids.add(requirement.id());
      }
    }
    return ids;
  }
}
