package org.crmmethod.core.fitgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.fitgap.FitGapGenerators.coverageWeights;
import static org.crmmethod.core.fitgap.FitGapGenerators.smallAnalyses;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.plan.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of the gap-closure recommendation (F08) over random analyses of up to 15 requirements
 * and random budgets: it never exceeds the budget, more budget never lowers coverage, the exact
 * choice is the best of all choices (checked against every subset), and the approximation stays
 * within its bound.
 */
class GapClosureOptimiserPropertiesTest {
  private static final GapClosureOptimiser STANDARD = GapClosureOptimiser.standard();

  private static Money eur(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
  }

  private static long cents(Money money) {
    return money.amount().movePointRight(2).longValueExact();
  }

  /** The three ways to recommend, for properties all of them keep. */
  private static List<GapClosurePlan> allWays(GapClosureOptimiser optimiser, FitGapAnalysis analysis, Money budget) {
    return List.of(
        optimiser.recommend(analysis, budget),
        optimiser.exact(analysis, budget),
        optimiser.approximate(analysis, budget));
  }

  @Test
  @DisplayName("F08: the recommendation never costs more than the budget, unless the fit alone does and no gap is chosen")
  void f08_recommendationNeverExceedsTheBudget() {
    qt().forAll(smallAnalyses(15), integers().between(0, 120_000))
        .checkAssert(
            (analysis, budgetCents) -> {
              Money budget = eur(budgetCents);
              for (GapClosurePlan plan : allWays(STANDARD, analysis, budget)) {
                if (cents(plan.fitCost()) <= budgetCents) {
                  assertThat(cents(plan.totalCost())).as("%s", plan).isLessThanOrEqualTo(budgetCents);
                  assertThat(plan.withinBudget()).isTrue();
                } else {
                  assertThat(plan.gapsToClose()).isEmpty();
                  assertThat(plan.withinBudget()).isFalse();
                }
              }
            });
  }

  @Test
  @DisplayName("F08: more budget never lowers the weighted coverage reached, exact or approximate")
  void f08_moreBudgetNeverLowersCoverage() {
    qt().forAll(smallAnalyses(15), integers().between(0, 60_000), integers().between(0, 60_000), coverageWeights())
        .checkAssert(
            (analysis, less, more, weights) -> {
              GapClosureOptimiser optimiser = GapClosureOptimiser.builder().weights(weights).build();
              List<GapClosurePlan> low = allWays(optimiser, analysis, eur(Math.min(less, more)));
              List<GapClosurePlan> high = allWays(optimiser, analysis, eur(Math.max(less, more)));
              for (int way = 0; way < low.size(); way++) {
                assertThat(high.get(way).value()).isGreaterThanOrEqualTo(low.get(way).value());
                assertThat(high.get(way).weightedCoverage()).isGreaterThanOrEqualTo(low.get(way).weightedCoverage());
              }
            });
  }

  @Test
  @DisplayName("F08: no choice of gaps within the budget is worth more than the exact one (every subset tried)")
  void f08_exactIsTheBestOfEveryChoice() {
    qt().withExamples(300)
        .forAll(smallAnalyses(15), integers().between(0, 60_000), coverageWeights())
        .checkAssert(
            (analysis, budgetCents, weights) -> {
              GapClosurePlan exact = GapClosureOptimiser.builder().weights(weights).build().exact(analysis, eur(budgetCents));
              long best = bruteForce(analysis, budgetCents, weights);

              assertThat(exact.value()).isEqualTo(best);
              assertThat(exact.valueBound()).isEqualTo(best);
              assertThat(exact.solver()).isEqualTo(Solver.EXACT_KNAPSACK);
              assertThat(sumOfWeights(analysis, exact.gapsToClose(), weights)).isEqualTo(exact.value());
            });
  }

  @Test
  @DisplayName("F08: the approximation falls short of the exact value by less than the largest weight, and its bound holds")
  void f08_approximationWithinItsBound() {
    qt().forAll(smallAnalyses(15), integers().between(0, 60_000), coverageWeights())
        .checkAssert(
            (analysis, budgetCents, weights) -> {
              GapClosureOptimiser optimiser = GapClosureOptimiser.builder().weights(weights).build();
              GapClosurePlan exact = optimiser.exact(analysis, eur(budgetCents));
              GapClosurePlan approximate = optimiser.approximate(analysis, eur(budgetCents));
              long largestWeight = largestItemWeight(analysis, weights);

              assertThat(approximate.value()).isLessThanOrEqualTo(exact.value());
              assertThat(approximate.valueBound()).isGreaterThanOrEqualTo(exact.value());
              if (exact.value() > 0) {
                assertThat(exact.value() - approximate.value()).isLessThanOrEqualTo(Math.max(0, largestWeight - 1));
              }
              assertThat(sumOfWeights(analysis, approximate.gapsToClose(), weights)).isEqualTo(approximate.value());
            });
  }

  @Test
  @DisplayName("F08: every coverage figure of a report and of a recommendation lies between 0 and 1")
  void f08_coverageFiguresAreShares() {
    qt().forAll(smallAnalyses(15), integers().between(0, 60_000), coverageWeights())
        .checkAssert(
            (analysis, budgetCents, weights) -> {
              FitGapReport report = FitGapAnalyser.of(weights).analyse(analysis);
              List<Coverage> coverages = new ArrayList<>(report.byPriority().values());
              coverages.addAll(report.byModule().values());
              coverages.add(report.overall());
              for (Coverage coverage : coverages) {
                assertThat(coverage.packageCoverage()).isBetween(0.0, 1.0);
                assertThat(coverage.plannedCoverage()).isBetween(coverage.packageCoverage(), 1.0);
              }
              assertThat(report.weightedCoverage()).isBetween(report.degreeOfFit().weightedFit(), 1.0);
              assertThat(report.degreeOfFit().outOfTheBox()).isBetween(0.0, 1.0 + 1e-12);
              GapClosurePlan plan = GapClosureOptimiser.builder().weights(weights).build().recommend(analysis, eur(budgetCents));
              assertThat(plan.weightedCoverage()).isBetween(report.degreeOfFit().weightedFit(), 1.0);
            });
  }

  @Test
  @DisplayName("F08: applying a recommendation gives an analysis whose gap plan fits the budget")
  void f08_appliedRecommendationFitsTheBudget() {
    qt().forAll(smallAnalyses(15), integers().between(0, 60_000))
        .checkAssert(
            (analysis, budgetCents) -> {
              FitGapAnalysis budgeted = FitGapAnalysis.builder().from(analysis).budget(eur(budgetCents)).build();
              GapClosurePlan plan = STANDARD.recommend(budgeted);
              FitGapReport report = FitGapAnalyser.standard().analyse(plan.applyTo(budgeted));

              assertThat(report.gapPlanOverBudget()).isEqualTo(!plan.withinBudget());
              assertThat(report.plannedCost()).isEqualTo(plan.totalCost());
              assertThat(report.weightedCoverage()).isEqualTo(plan.weightedCoverage());
            });
  }

  // ---- A brute force to check against ----

  private record Item(String id, int weight, long cents) {}

  private static List<Item> items(FitGapAnalysis analysis, CoverageWeights weights) {
    Map<String, FitAssessment> assessments = new HashMap<>();
    analysis.assessments().forEach(a -> assessments.put(a.requirement(), a));
    List<Item> items = new ArrayList<>();
    for (Requirement requirement : analysis.requirements()) {
      FitAssessment assessment = assessments.get(requirement.id());
      int weight = weights.weight(requirement.priority());
      if (assessment != null && assessment.fit().closable() && weight > 0) {
        items.add(new Item(requirement.id(), weight, cents(assessment.cost())));
      }
    }
    return items;
  }

  private static long bruteForce(FitGapAnalysis analysis, long budgetCents, CoverageWeights weights) {
    long capacity = budgetCents - cents(FitGapAnalyser.of(weights).analyse(analysis).fitCost());
    if (capacity < 0) {
      return 0;
    }
    List<Item> items = items(analysis, weights);
    long best = 0;
    for (int subset = 0; subset < 1 << items.size(); subset++) {
      long cost = 0;
      long value = 0;
      for (int i = 0; i < items.size(); i++) {
        if ((subset & 1 << i) != 0) {
          cost += items.get(i).cents();
          value += items.get(i).weight();
        }
      }
      if (cost <= capacity) {
        best = Math.max(best, value);
      }
    }
    return best;
  }

  private static long largestItemWeight(FitGapAnalysis analysis, CoverageWeights weights) {
    return items(analysis, weights).stream().mapToLong(Item::weight).max().orElse(0);
  }

  private static long sumOfWeights(FitGapAnalysis analysis, List<String> ids, CoverageWeights weights) {
    return ids.stream().mapToLong(id -> weights.weight(analysis.requirement(id).orElseThrow().priority())).sum();
  }
}
