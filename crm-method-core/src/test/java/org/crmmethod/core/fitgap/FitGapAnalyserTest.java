package org.crmmethod.core.fitgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fit-gap report of the reference plan's analysis and of small analyses (F08). */
class FitGapAnalyserTest {
  private static final FitGapAnalysis REFERENCE = PharmaReferencePlan.plan().fitGap().orElseThrow();
  private static final FitGapReport REPORT = FitGapAnalyser.standard().analyse(REFERENCE);

  @Test
  @DisplayName("F08: coverage by priority counts each requirement once, as met, gap to close, open gap or unassessed")
  void f08_coverageByPriority() {
    assertThat(REPORT.byPriority())
        .containsEntry(Priority.MUST, new Coverage(6, 4, 2, 0, 0))
        .containsEntry(Priority.SHOULD, new Coverage(3, 1, 2, 0, 0))
        .containsEntry(Priority.COULD, new Coverage(2, 0, 0, 2, 0))
        .containsEntry(Priority.WONT, new Coverage(1, 0, 0, 1, 0));
    assertThat(REPORT.overall()).isEqualTo(new Coverage(12, 5, 4, 3, 0));
    assertThat(REPORT.byPriority().get(Priority.MUST).plannedCoverage()).isEqualTo(1.0);
    assertThat(REPORT.byPriority().get(Priority.MUST).packageCoverage()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  @DisplayName("F08: coverage by module only lists the modules that have requirements")
  void f08_coverageByModule() {
    assertThat(REPORT.byModule())
        .containsOnlyKeys(CrmModule.SFA, CrmModule.ANALYTICAL)
        .containsEntry(CrmModule.SFA, new Coverage(8, 3, 3, 2, 0))
        .containsEntry(CrmModule.ANALYTICAL, new Coverage(4, 2, 1, 1, 0));
  }

  @Test
  @DisplayName("F08: the gaps come with their fit, cost and resolution options, in the requirements' order")
  void f08_gapsWithResolutionOptions() {
    assertThat(REPORT.gaps())
        .extracting(gap -> gap.requirement().id())
        .containsExactly("R-KOL", "R-SAMPLES", "R-RX-FEED", "R-TENDERS", "R-ORDERS", "R-CHURN", "R-EXPENSES");
    Gap orders = REPORT.gaps().get(4);
    assertThat(orders.toClose()).isFalse();
    assertThat(orders.closable()).isTrue();
    assertThat(orders.assessment().resolutionOptions()).containsExactly("Defer to a later lot", "Show the order system's page in a frame");
    assertThat(REPORT.gaps().get(5).closable()).isFalse();
    assertThat(REPORT.gapsToClose()).extracting(gap -> gap.requirement().id())
        .containsExactly("R-KOL", "R-SAMPLES", "R-RX-FEED", "R-TENDERS");
    assertThat(REPORT.unassessed()).isEmpty();
    assertThat(REPORT.uncoveredMustHaves()).isEmpty();
  }

  @Test
  @DisplayName("F08: costs against the budget: every closable gap would overrun it, the gap plan does not")
  void f08_costsAgainstTheBudget() {
    assertThat(REPORT.budget()).isEqualTo(Money.of("220000", "EUR"));
    assertThat(REPORT.fitCost()).isEqualTo(Money.of("60000.00", "EUR"));
    assertThat(REPORT.closableGapCost()).isEqualTo(Money.of("174000.00", "EUR"));
    assertThat(REPORT.totalCost()).isEqualTo(Money.of("234000.00", "EUR"));
    assertThat(REPORT.plannedCost()).isEqualTo(Money.of("179000.00", "EUR"));
    assertThat(REPORT.overBudget()).isTrue();
    assertThat(REPORT.gapPlanOverBudget()).isFalse();
    assertThat(REPORT.fitEffortDays()).isEqualTo(52.0);
    assertThat(REPORT.plannedEffortDays()).isEqualTo(157.0);
  }

  @Test
  @DisplayName("F08: the degree of fit counts the fits and weighs what the package meets")
  void f08_degreeOfFit() {
    DegreeOfFit degree = REPORT.degreeOfFit();

    assertThat(degree.byFit())
        .containsEntry(PackageFit.STANDARD, 2)
        .containsEntry(PackageFit.CONFIGURATION, 3)
        .containsEntry(PackageFit.SPECIFIC_DEVELOPMENT, 4)
        .containsEntry(PackageFit.WORKAROUND, 1)
        .containsEntry(PackageFit.NOT_SUPPORTED, 2);
    assertThat(degree.assessed()).isEqualTo(12);
    assertThat(degree.outOfTheBox()).isCloseTo(5.0 / 12, within(1e-12));
    // 4 must-haves (8 each) and 1 should-have (3) of 6 x 8 + 3 x 3 + 2 x 1 = 59
    assertThat(degree.weightedFit()).isCloseTo(35.0 / 59, within(1e-12));
    assertThat(REPORT.weightedCoverage()).isCloseTo(57.0 / 59, within(1e-12));
    assertThat(degree.describe())
        .isEqualTo("5 of 12 assessed requirements met by standard or configuration (42%, weighted 59%); 7 gaps:"
            + " 4 specific development, 1 workaround, 2 not supported; 0 unassessed");
  }

  @Test
  @DisplayName("F08: an analysis under way reports its unassessed requirements as uncovered")
  void f08_unassessedRequirements() {
    FitGapAnalysis underWay =
        FitGapAnalysis.builder()
            .addRequirement(Requirement.of("R-1", "Visit reports", "SALES", CrmModule.SFA, Priority.MUST))
            .addRequirement(Requirement.of("R-2", "Campaigns", "MARKETING", CrmModule.EMA, Priority.SHOULD))
            .addAssessment(FitAssessment.of("R-2", PackageFit.STANDARD, 1, Money.of("500", "EUR")))
            .budget(Money.of("1000", "EUR"))
            .build();

    FitGapReport report = FitGapAnalyser.standard().analyse(underWay);

    assertThat(report.unassessed()).extracting(Requirement::id).containsExactly("R-1");
    assertThat(report.uncoveredMustHaves()).containsExactly("R-1");
    assertThat(report.overall()).isEqualTo(new Coverage(2, 1, 0, 0, 1));
    assertThat(report.degreeOfFit().unassessed()).isEqualTo(1);
    assertThat(report.weightedCoverage()).isCloseTo(3.0 / 11, within(1e-12));
    assertThat(report.totalCost()).isEqualTo(Money.of("500.00", "EUR"));
  }

  @Test
  @DisplayName("F08: won't-have requirements are out of scope and cost nothing")
  void f08_wontHavesCostNothing() {
    FitGapAnalysis analysis =
        FitGapAnalysis.builder()
            .addRequirement(Requirement.of("R-1", "Expenses", "SALES", CrmModule.SFA, Priority.WONT))
            .addRequirement(Requirement.of("R-2", "Chat", "SALES", CrmModule.WEB_AND_E_CRM, Priority.WONT))
            .addAssessment(FitAssessment.of("R-1", PackageFit.CONFIGURATION, 5, Money.of("700", "EUR")))
            .addAssessment(FitAssessment.of("R-2", PackageFit.SPECIFIC_DEVELOPMENT, 5, Money.of("900", "EUR")))
            .budget(Money.of("0", "EUR"))
            .build();

    FitGapReport report = FitGapAnalyser.standard().analyse(analysis);

    assertThat(report.fitCost()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(report.totalCost()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(report.overBudget()).isFalse();
    assertThat(report.weightedCoverage()).isEqualTo(1.0);
    assertThat(report.degreeOfFit().weightedFit()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("F08: an empty analysis covers nothing and is not over budget")
  void f08_emptyAnalysis() {
    FitGapReport report =
        FitGapAnalyser.standard().analyse(FitGapAnalysis.builder().budget(Money.of("0", "JPY")).build());

    assertThat(report.overall()).isEqualTo(new Coverage(0, 0, 0, 0, 0));
    assertThat(report.byPriority()).isEmpty();
    assertThat(report.fitCost()).isEqualTo(Money.of("0", "JPY"));
    assertThat(report.gaps()).isEmpty();
    assertThat(report.degreeOfFit().outOfTheBox()).isZero();
  }

  @Test
  void analyser_usesItsWeights() {
    FitGapReport equal = FitGapAnalyser.of(CoverageWeights.of(1, 1, 1)).analyse(REFERENCE);

    // 11 in-scope requirements of weight 1: 5 met, 4 more once the planned gaps are closed
    assertThat(equal.degreeOfFit().weightedFit()).isCloseTo(5.0 / 11, within(1e-12));
    assertThat(equal.weightedCoverage()).isCloseTo(9.0 / 11, within(1e-12));
    assertThat(equal.weights()).isEqualTo(CoverageWeights.of(1, 1, 1));
    assertThat(List.of(REPORT.weights())).containsExactly(CoverageWeights.standard());
  }
}
