package org.crmmethod.core.fitgap;

/** How {@link GapClosureOptimiser} chose the gaps of a {@link GapClosurePlan}. */
public enum Solver {
  /**
   * Dynamic programming over the weighted value of the choice: the best choice within the budget,
   * compared with exact costs.
   */
  EXACT_KNAPSACK,
  /**
   * Gaps taken by value per unit of cost while they fit, or the single most valuable gap that fits
   * when it is worth more: short of the best choice by less than the largest weight.
   */
  GREEDY_APPROXIMATION
}
