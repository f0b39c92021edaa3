package org.crmmethod.core.fitgap;

import java.util.List;
import java.util.Objects;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.value.Invariants;

/**
 * A recommendation of the gaps to close within a budget (F08), as {@link GapClosureOptimiser} makes
 * it: which closable gaps to close, what they cost, the weighted coverage reached, and how close to
 * the best possible choice the recommendation is guaranteed to be.
 *
 * <p>The budget pays for the fit cost first (see {@link FitGapReport}); the gaps are chosen within
 * what is left. When the fit alone exceeds the budget, no gap is recommended and {@link
 * #withinBudget()} is false. The <em>value</em> of a choice is the sum of the weights of the gaps
 * it closes; no choice of gaps that fits the budget has a value above {@link #valueBound()}.
 *
 * @param budget the budget the recommendation was made for
 * @param fitCost the fit cost it pays first, in the budget's currency
 * @param gapsToClose the ids of the requirements whose gaps to close, in the analysis' order
 * @param cost the cost of closing those gaps
 * @param effortDays the effort of closing them, in working days
 * @param value the sum of the weights of the gaps chosen
 * @param valueBound a value no choice within the budget exceeds: {@code value} itself when the
 *     choice is proven best
 * @param solver how the gaps were chosen (see {@link GapClosureOptimiser})
 * @param weightedCoverage the share of the requirements' total weight covered by the package and
 *     the chosen gaps, from 0 to 1 (1 when no requirement carries weight)
 * @param openMustHaves the must-have requirements still uncovered: gaps not chosen, gaps the
 *     package cannot close and must-haves not assessed, in the analysis' order
 * @param weights the weights used
 */
public record GapClosurePlan(
    Money budget,
    Money fitCost,
    List<String> gapsToClose,
    Money cost,
    double effortDays,
    long value,
    long valueBound,
    Solver solver,
    double weightedCoverage,
    List<String> openMustHaves,
    CoverageWeights weights) {

  /**
   * Checks the figures against each other and fixes the lists.
   *
   * @throws org.crmmethod.core.InvalidModelException when amounts are in different currencies, a
   *     figure is out of range, or an exact plan's bound differs from its value
   */
  public GapClosurePlan {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(fitCost, "fitCost");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(solver, "solver");
    gapsToClose = List.copyOf(gapsToClose);
    openMustHaves = List.copyOf(openMustHaves);
    Invariants.of("GapClosurePlan")
        .ids("gapsToClose", gapsToClose)
        .ids("openMustHaves", openMustHaves)
        .require(fitCost.currency().equals(budget.currency()), "fitCost", fitCost, "must be in the budget's currency")
        .require(cost.currency().equals(budget.currency()), "cost", cost, "must be in the budget's currency")
        .nonNegative("effortDays", effortDays)
        .require(value >= 0, "value", value, "must not be negative")
        .require(valueBound >= value, "valueBound", valueBound, "must not be below value (" + value + ")")
        .require(
            solver != Solver.EXACT_KNAPSACK || valueBound == value,
            "valueBound",
            valueBound,
            "must equal value (" + value + ") for an exact plan")
        .require(weightedCoverage >= 0 && weightedCoverage <= 1, "weightedCoverage", weightedCoverage, "must be between 0 and 1");
  }

  /**
   * Returns what the plan costs in all: the fit cost and the chosen gaps.
   *
   * @return the total cost
   */
  public Money totalCost() {
    return Amounts.plus(fitCost, cost);
  }

  /**
   * Tells whether the plan fits the budget; it does unless the fit alone exceeds it.
   *
   * @return true when the total cost is within the budget
   */
  public boolean withinBudget() {
    return totalCost().amount().compareTo(budget.amount()) <= 0;
  }

  /**
   * Tells whether no choice of gaps within the budget is worth more than this one: always for
   * {@link Solver#EXACT_KNAPSACK}, and for the approximation when its bound shows it.
   *
   * @return true when {@code value == valueBound}
   */
  public boolean provenBest() {
    return value == valueBound;
  }

  /**
   * Returns how much value the recommendation may at most leave on the table compared with the
   * best choice within the budget.
   *
   * @return {@code valueBound - value}; 0 for an exact plan
   */
  public long shortfallBound() {
    return valueBound - value;
  }

  /**
   * Makes the recommendation the analysis' gap plan.
   *
   * @param analysis the analysis the recommendation was made for
   * @return the analysis with its gaps to close replaced by this plan's
   * @throws org.crmmethod.core.InvalidModelException when a gap of this plan is not a closable gap
   *     of the analysis
   */
  public FitGapAnalysis applyTo(FitGapAnalysis analysis) {
    return FitGapAnalysis.builder().from(analysis).gapsToClose(gapsToClose).build();
  }
}
