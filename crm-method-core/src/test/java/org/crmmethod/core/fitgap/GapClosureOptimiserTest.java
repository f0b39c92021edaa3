package org.crmmethod.core.fitgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Recommendations of the gaps to close within a budget, on the reference plan and by hand (F08). */
class GapClosureOptimiserTest {
  private static final FitGapAnalysis REFERENCE = PharmaReferencePlan.plan().fitGap().orElseThrow();
  private static final GapClosureOptimiser OPTIMISER = GapClosureOptimiser.standard();

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Three gaps where taking the best value per euro first is not best: 16 is, greedy finds 11. */
  private static FitGapAnalysis greedyTrap() {
    return FitGapAnalysis.builder()
        .addRequirements(
            Requirement.of("S-1", "Small should-have", "SALES", CrmModule.SFA, Priority.SHOULD),
            Requirement.of("M-1", "First must-have", "SALES", CrmModule.SFA, Priority.MUST),
            Requirement.of("M-2", "Second must-have", "SALES", CrmModule.SFA, Priority.MUST))
        .addAssessments(
            FitAssessment.of("S-1", PackageFit.WORKAROUND, 1, eur("12")),
            FitAssessment.of("M-1", PackageFit.SPECIFIC_DEVELOPMENT, 4, eur("45")),
            FitAssessment.of("M-2", PackageFit.SPECIFIC_DEVELOPMENT, 5, eur("50")))
        .budget(eur("100"))
        .build();
  }

  // ---- The reference plan ----

  @Test
  @DisplayName("F08: within the reference budget the recommendation is the laboratory's own gap plan")
  void f08_referencePlan_recommendsItsGapPlan() {
    GapClosurePlan plan = OPTIMISER.recommend(REFERENCE);

    assertThat(plan.gapsToClose()).containsExactly("R-KOL", "R-SAMPLES", "R-RX-FEED", "R-TENDERS");
    assertThat(plan.gapsToClose()).containsExactlyInAnyOrderElementsOf(REFERENCE.gapsToClose());
    assertThat(plan.cost()).isEqualTo(eur("119000.00"));
    assertThat(plan.fitCost()).isEqualTo(eur("60000.00"));
    assertThat(plan.totalCost()).isEqualTo(eur("179000.00"));
    assertThat(plan.effortDays()).isEqualTo(105.0);
    assertThat(plan.value()).isEqualTo(22);
    assertThat(plan.solver()).isEqualTo(Solver.EXACT_KNAPSACK);
    assertThat(plan.provenBest()).isTrue();
    assertThat(plan.shortfallBound()).isZero();
    assertThat(plan.weightedCoverage()).isCloseTo(57.0 / 59, within(1e-12));
    assertThat(plan.openMustHaves()).isEmpty();
    assertThat(plan.withinBudget()).isTrue();
    assertThat(plan.applyTo(REFERENCE)).isEqualTo(REFERENCE);
  }

  @Test
  @DisplayName("F08: with less budget the recommendation drops the gaps that weigh least per euro")
  void f08_smallerBudgets() {
    GapClosurePlan tighter = OPTIMISER.recommend(REFERENCE, eur("150000"));
    assertThat(tighter.gapsToClose()).containsExactly("R-KOL", "R-SAMPLES", "R-TENDERS");
    assertThat(tighter.value()).isEqualTo(19);
    assertThat(tighter.cost()).isEqualTo(eur("89000.00"));

    GapClosurePlan tight = OPTIMISER.recommend(REFERENCE, eur("100000"));
    assertThat(tight.gapsToClose()).containsExactly("R-SAMPLES");
    assertThat(tight.openMustHaves()).containsExactly("R-KOL");
  }

  @Test
  @DisplayName("F08: a budget the fit alone exceeds leaves no gap to close")
  void f08_fitAloneOverBudget() {
    GapClosurePlan plan = OPTIMISER.recommend(REFERENCE, eur("50000"));

    assertThat(plan.gapsToClose()).isEmpty();
    assertThat(plan.cost()).isEqualTo(eur("0.00"));
    assertThat(plan.withinBudget()).isFalse();
    assertThat(plan.openMustHaves()).containsExactly("R-KOL", "R-SAMPLES");
    assertThat(plan.weightedCoverage()).isCloseTo(35.0 / 59, within(1e-12));
  }

  @Test
  @DisplayName("F08: a budget that covers everything closes every closable gap worth something")
  void f08_ampleBudget() {
    GapClosurePlan plan = OPTIMISER.recommend(REFERENCE, eur("1000000"));

    assertThat(plan.gapsToClose()).containsExactly("R-KOL", "R-SAMPLES", "R-RX-FEED", "R-TENDERS", "R-ORDERS");
    assertThat(plan.value()).isEqualTo(23);
    // R-CHURN cannot be closed, R-EXPENSES is out of scope
    assertThat(plan.weightedCoverage()).isCloseTo(58.0 / 59, within(1e-12));
  }

  // ---- Exact and approximate ----

  @Test
  @DisplayName("F08: the exact optimiser beats greedy by value per euro where greedy goes wrong")
  void f08_exactBeatsGreedy() {
    FitGapAnalysis trap = greedyTrap();

    GapClosurePlan exact = OPTIMISER.exact(trap, trap.budget());
    GapClosurePlan greedy = OPTIMISER.approximate(trap, trap.budget());

    assertThat(exact.gapsToClose()).containsExactly("M-1", "M-2");
    assertThat(exact.value()).isEqualTo(16);
    assertThat(greedy.gapsToClose()).containsExactly("S-1", "M-1");
    assertThat(greedy.value()).isEqualTo(11);
    assertThat(greedy.solver()).isEqualTo(Solver.GREEDY_APPROXIMATION);
    // 11 + the fitting 43/50 of M-2's 8, rounded down
    assertThat(greedy.valueBound()).isEqualTo(17);
    assertThat(greedy.provenBest()).isFalse();
    assertThat(exact.value() - greedy.value()).isLessThan(CoverageWeights.standard().must());
  }

  @Test
  @DisplayName("F08: the approximation takes the best single gap when it is worth more than the greedy prefix")
  void f08_approximationTakesTheBestSingleGap() {
    FitGapAnalysis analysis =
        FitGapAnalysis.builder()
            .addRequirements(
                Requirement.of("C-1", "Cheap could-have", "SALES", CrmModule.SFA, Priority.COULD),
                Requirement.of("M-1", "Costly must-have", "SALES", CrmModule.SFA, Priority.MUST))
            .addAssessments(
                FitAssessment.of("C-1", PackageFit.WORKAROUND, 1, eur("1")),
                FitAssessment.of("M-1", PackageFit.SPECIFIC_DEVELOPMENT, 20, eur("100")))
            .budget(eur("100"))
            .build();

    GapClosurePlan plan = OPTIMISER.approximate(analysis, analysis.budget());

    assertThat(plan.gapsToClose()).containsExactly("M-1");
    assertThat(plan.value()).isEqualTo(8);
  }

  @Test
  void recommend_approximatesBeyondTheExactLimit() {
    GapClosureOptimiser never = GapClosureOptimiser.builder().exactLimit(0).build();

    assertThat(never.solvesExactly(REFERENCE)).isFalse();
    assertThat(never.recommend(REFERENCE).solver()).isEqualTo(Solver.GREEDY_APPROXIMATION);
    assertThat(OPTIMISER.solvesExactly(REFERENCE)).isTrue();
    assertThat(never.exactLimit()).isZero();
  }

  @Test
  @DisplayName("F08: weights with a common divisor give the same choice as the reduced weights")
  void f08_weightsWithACommonDivisor() {
    GapClosureOptimiser tenfold = GapClosureOptimiser.builder().weights(CoverageWeights.of(80, 30, 10)).build();

    GapClosurePlan plan = tenfold.recommend(REFERENCE, eur("150000"));

    assertThat(plan.gapsToClose()).containsExactly("R-KOL", "R-SAMPLES", "R-TENDERS");
    assertThat(plan.value()).isEqualTo(190);
    assertThat(plan.weights()).isEqualTo(tenfold.weights());
  }

  @Test
  @DisplayName("F08: amounts finer than the currency's cents are compared exactly")
  void f08_subCentAmounts() {
    FitGapAnalysis analysis =
        FitGapAnalysis.builder()
            .addRequirements(
                Requirement.of("A", "A", "SALES", CrmModule.SFA, Priority.MUST),
                Requirement.of("B", "B", "SALES", CrmModule.SFA, Priority.MUST))
            .addAssessments(
                FitAssessment.of("A", PackageFit.WORKAROUND, 0, eur("0.005")),
                FitAssessment.of("B", PackageFit.WORKAROUND, 0, eur("0.005")))
            .budget(eur("0.01"))
            .build();

    assertThat(OPTIMISER.recommend(analysis).gapsToClose()).containsExactly("A", "B");
    assertThat(OPTIMISER.recommend(analysis, eur("0.009")).gapsToClose()).containsExactly("A");
  }

  // ---- Refusals ----

  @Test
  @DisplayName("F08: a budget in another currency is refused, not converted")
  void f08_otherCurrencyRefused() {
    assertThatThrownBy(() -> OPTIMISER.recommend(REFERENCE, Money.of("200000", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget is in USD but the analysis is costed in EUR: convert it first, the optimiser converts no currency");
  }

  @Test
  void amountsBeyondExactComparison_areRefused() {
    FitGapAnalysis analysis =
        FitGapAnalysis.builder()
            .addRequirement(Requirement.of("A", "A", "SALES", CrmModule.SFA, Priority.MUST))
            .addAssessment(FitAssessment.of("A", PackageFit.WORKAROUND, 0, eur("1E+30")))
            .budget(eur("1"))
            .build();

    assertThatThrownBy(() -> OPTIMISER.recommend(analysis))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the cost of closing A (1000000000000000000000000000000) is too large to compare exactly: at most 2^62 units of 1E-2");
  }

  @Test
  void builder_refusesBadSettings() {
    assertThatThrownBy(() -> GapClosureOptimiser.builder().exactLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactLimit must not be negative but was -1");
    assertThatThrownBy(() -> GapClosureOptimiser.builder().weights(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must not be null but was null");
  }
}
