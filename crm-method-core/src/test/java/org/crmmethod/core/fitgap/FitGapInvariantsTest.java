package org.crmmethod.core.fitgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the fit-gap values (F08): each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class FitGapInvariantsTest {
  private static final Money EUR_100 = Money.of("100", "EUR");

  private static Requirement.Builder requirement() {
    return Requirement.builder()
        .id("R-1")
        .statement("Report visits offline")
        .source("SALES")
        .module(CrmModule.SFA)
        .priority(Priority.MUST);
  }

  private static FitAssessment.Builder assessment() {
    return FitAssessment.builder()
        .requirement("R-1")
        .fit(PackageFit.SPECIFIC_DEVELOPMENT)
        .effortDays(10)
        .cost(EUR_100);
  }

  private static FitGapAnalysis.Builder analysis() {
    return FitGapAnalysis.builder()
        .addRequirement(requirement().build())
        .addRequirement(requirement().id("R-2").priority(Priority.COULD).build())
        .addAssessment(assessment().build())
        .budget(Money.of("1000", "EUR"));
  }

  @Test
  void fixtures_areValid() {
    assertThatCode(
            () -> {
              requirement().build();
              assessment().addResolutionOption("Buy an add-on").build();
              analysis().addGapsToClose("R-1").build();
              CoverageWeights.standard();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(Requirement::builder);
    assertRejectsNulls(FitAssessment::builder);
    assertRejectsNulls(FitGapAnalysis::builder);
    assertRejectsNulls(CoverageWeights::builder);
  }

  // --- Requirement ---

  @Test
  void requirement_missingAttributes() {
    assertMissing(
        () -> Requirement.builder().build(),
        "Required attribute(s) not set: Requirement.id, Requirement.statement, Requirement.source, Requirement.module, Requirement.priority",
        "Requirement",
        "id",
        "statement",
        "source",
        "module",
        "priority");
  }

  @Test
  void requirement_malformedId() {
    assertInvalid(() -> requirement().id("R 1").build(), "Requirement.id " + ID_RULE + ", but was 'R 1'", "Requirement", "id", "'R 1'");
  }

  @Test
  void requirement_blankStatement() {
    assertInvalid(
        () -> requirement().statement(" ").build(), "Requirement.statement must not be blank, but was ' '", "Requirement", "statement", "' '");
  }

  @Test
  void requirement_malformedSource() {
    assertInvalid(
        () -> requirement().source("Sales dept").build(),
        "Requirement.source " + ID_RULE + ", but was 'Sales dept'",
        "Requirement",
        "source",
        "'Sales dept'");
  }

  @Test
  void requirement_of_isTheBuilder() {
    assertThat(Requirement.of("R-1", "Report visits offline", "SALES", CrmModule.SFA, Priority.MUST))
        .isEqualTo(requirement().build());
  }

  // --- FitAssessment ---

  @Test
  void fitAssessment_negativeEffort() {
    assertInvalid(
        () -> assessment().effortDays(-0.5).build(),
        "FitAssessment.effortDays must be finite and >= 0, but was -0.5",
        "FitAssessment",
        "effortDays",
        "-0.5");
  }

  @Test
  void fitAssessment_effortAboveAMillionDays() {
    assertInvalid(
        () -> assessment().effortDays(1_000_000.5).build(),
        "FitAssessment.effortDays must be at most 1000000 working days, but was 1000000.5",
        "FitAssessment",
        "effortDays",
        "1000000.5");
    assertThat(assessment().effortDays(FitAssessment.MAX_EFFORT_DAYS).build().effortDays())
        .isEqualTo(1_000_000);
  }

  @Test
  void fitAssessment_infiniteEffort() {
    assertInvalid(
        () -> assessment().effortDays(Double.POSITIVE_INFINITY).build(),
        "FitAssessment.effortDays must be finite and >= 0, but was Infinity",
        "FitAssessment",
        "effortDays",
        "Infinity");
  }

  @Test
  void fitAssessment_malformedRequirement() {
    assertInvalid(
        () -> assessment().requirement("").build(), "FitAssessment.requirement " + ID_RULE + ", but was ''", "FitAssessment", "requirement", "''");
  }

  @Test
  void fitAssessment_blankResolutionOption() {
    assertInvalid(
        () -> assessment().addResolutionOption("").build(),
        "FitAssessment.resolutionOptions must not be blank, but was ''",
        "FitAssessment",
        "resolutionOptions",
        "''");
  }

  @Test
  @DisplayName("F08: a requirement the package meets needs no resolution")
  void fitAssessment_resolutionOptionsForAFit() {
    assertInvalid(
        () -> assessment().fit(PackageFit.CONFIGURATION).addResolutionOption("Develop it").build(),
        "FitAssessment.resolutionOptions must be empty when the package fits (CONFIGURATION), but was [Develop it]",
        "FitAssessment",
        "resolutionOptions",
        "[Develop it]");
  }

  // --- FitGapAnalysis ---

  @Test
  void fitGapAnalysis_duplicateRequirement() {
    assertInvalid(
        () -> analysis().addRequirement(requirement().statement("Again").build()).build(),
        "FitGapAnalysis.requirements must not hold the same id twice, but was 'R-1'",
        "FitGapAnalysis",
        "requirements",
        "'R-1'");
  }

  @Test
  void fitGapAnalysis_assessmentOfNoRequirement() {
    assertInvalid(
        () -> analysis().addAssessment(assessment().requirement("R-9").build()).build(),
        "FitGapAnalysis.assessments must refer to a requirement defined here, but was 'R-9'",
        "FitGapAnalysis",
        "assessments",
        "'R-9'");
  }

  @Test
  void fitGapAnalysis_requirementAssessedTwice() {
    assertInvalid(
        () -> analysis().addAssessment(assessment().fit(PackageFit.STANDARD).build()).build(),
        "FitGapAnalysis.assessments must not assess the same requirement twice, but was 'R-1'",
        "FitGapAnalysis",
        "assessments",
        "'R-1'");
  }

  @Test
  @DisplayName("F08: an analysis costed in several currencies is refused")
  void fitGapAnalysis_mixedCurrencies() {
    assertInvalid(
        () -> analysis().assessments(List.of(assessment().cost(Money.of("100", "USD")).build())).build(),
        "FitGapAnalysis.assessments must be costed in the budget's currency (EUR); convert the amount before building the"
            + " analysis, but was 'R-1 costed 100 USD'",
        "FitGapAnalysis",
        "assessments",
        "'R-1 costed 100 USD'");
  }

  @Test
  void fitGapAnalysis_gapToCloseOfNoRequirement() {
    assertInvalid(
        () -> analysis().addGapsToClose("R-9").build(),
        "FitGapAnalysis.gapsToClose must refer to a requirement defined here, but was 'R-9'",
        "FitGapAnalysis",
        "gapsToClose",
        "'R-9'");
  }

  @Test
  void fitGapAnalysis_gapToCloseNotAssessed() {
    assertInvalid(
        () -> analysis().addGapsToClose("R-2").build(),
        "FitGapAnalysis.gapsToClose must name a requirement assessed as SPECIFIC_DEVELOPMENT or WORKAROUND, but it is not"
            + " assessed, but was 'R-2'",
        "FitGapAnalysis",
        "gapsToClose",
        "'R-2'");
  }

  @Test
  @DisplayName("F08: a gap the package cannot close cannot be planned to be closed")
  void fitGapAnalysis_gapToCloseNotSupported() {
    assertInvalid(
        () ->
            analysis()
                .assessments(List.of(assessment().fit(PackageFit.NOT_SUPPORTED).build()))
                .addGapsToClose("R-1")
                .build(),
        "FitGapAnalysis.gapsToClose must name a requirement assessed as SPECIFIC_DEVELOPMENT or WORKAROUND, but it is"
            + " assessed as NOT_SUPPORTED, but was 'R-1'",
        "FitGapAnalysis",
        "gapsToClose",
        "'R-1'");
  }

  @Test
  void fitGapAnalysis_lookups() {
    FitGapAnalysis analysis = analysis().build();

    assertThat(analysis.requirement("R-2")).map(Requirement::priority).contains(Priority.COULD);
    assertThat(analysis.requirement("R-9")).isEmpty();
    assertThat(analysis.assessment("R-1")).map(FitAssessment::fit).contains(PackageFit.SPECIFIC_DEVELOPMENT);
    assertThat(analysis.assessment("R-2")).isEmpty();
  }

  // --- CoverageWeights ---

  @Test
  void coverageWeights_defaults() {
    CoverageWeights weights = CoverageWeights.standard();

    assertThat(List.of(weights.must(), weights.should(), weights.could())).containsExactly(8, 3, 1);
    assertThat(weights.weight(Priority.WONT)).isZero();
    assertThat(CoverageWeights.of(8, 3, 1)).isEqualTo(weights);
  }

  @Test
  void coverageWeights_mustNotBeZero() {
    assertInvalid(
        () -> CoverageWeights.of(0, 0, 0), "CoverageWeights.must must be between 1 and 1000000, but was 0", "CoverageWeights", "must", "0");
  }

  @Test
  void coverageWeights_tooLarge() {
    assertInvalid(
        () -> CoverageWeights.of(1_000_001, 3, 1),
        "CoverageWeights.must must be between 1 and 1000000, but was 1000001",
        "CoverageWeights",
        "must",
        "1000001");
  }

  @Test
  @DisplayName("F08: a should-have never weighs more than a must-have")
  void coverageWeights_shouldAboveMust() {
    assertInvalid(
        () -> CoverageWeights.of(3, 8, 1), "CoverageWeights.should must be between 0 and must (3), but was 8", "CoverageWeights", "should", "8");
  }

  @Test
  void coverageWeights_couldAboveShould() {
    assertInvalid(
        () -> CoverageWeights.of(8, 3, 5), "CoverageWeights.could must be between 0 and should (3), but was 5", "CoverageWeights", "could", "5");
  }

  @Test
  void coverageWeights_negativeCould() {
    assertInvalid(
        () -> CoverageWeights.of(8, 3, -1), "CoverageWeights.could must be between 0 and should (3), but was -1", "CoverageWeights", "could", "-1");
  }

  // --- Results ---

  @Test
  void coverage_countsMustAddUp() {
    assertInvalid(
        () -> new Coverage(5, 1, 1, 1, 1),
        "Coverage.requirements must be the sum of coveredByPackage, gapsToClose, openGaps and unassessed (4), but was 5",
        "Coverage",
        "requirements",
        "5");
    assertInvalid(
        () -> new Coverage(0, 1, -1, 0, 0), "Coverage.gapsToClose must not be negative, but was -1", "Coverage", "gapsToClose", "-1");
  }

  @Test
  void coverage_sharesOfAnEmptyGroup_areWhole() {
    Coverage none = new Coverage(0, 0, 0, 0, 0);

    assertThat(none.packageCoverage()).isEqualTo(1.0);
    assertThat(none.plannedCoverage()).isEqualTo(1.0);
    assertThat(new Coverage(4, 1, 2, 1, 0).plannedCoverage()).isEqualTo(0.75);
  }

  @Test
  void gap_mustBeAGapOfItsRequirement() {
    Requirement requirement = requirement().build();
    assertInvalid(
        () -> new Gap(requirement, assessment().requirement("R-2").build(), false),
        "Gap.assessment must assess the requirement 'R-1', but was 'R-2'",
        "Gap",
        "assessment",
        "'R-2'");
    assertInvalid(
        () -> new Gap(requirement, assessment().fit(PackageFit.STANDARD).build(), false),
        "Gap.assessment must be a gap, but was STANDARD",
        "Gap",
        "assessment",
        "STANDARD");
    assertInvalid(
        () -> new Gap(requirement, assessment().fit(PackageFit.NOT_SUPPORTED).build(), true),
        "Gap.toClose must be false for a gap the package cannot close (NOT_SUPPORTED), but was true",
        "Gap",
        "toClose",
        "true");
  }

  @Test
  void degreeOfFit_needsEveryFit() {
    Map<PackageFit, Integer> counts = new EnumMap<>(PackageFit.class);
    counts.put(PackageFit.STANDARD, 2);
    assertInvalid(
        () -> new DegreeOfFit(counts, 0, 0.5),
        "DegreeOfFit.byFit must hold a count, not negative, for every fit, but was 'CONFIGURATION=null'",
        "DegreeOfFit",
        "byFit",
        "'CONFIGURATION=null'");
    for (PackageFit fit : PackageFit.values()) {
      counts.put(fit, 1);
    }
    assertInvalid(
        () -> new DegreeOfFit(counts, 0, 1.5), "DegreeOfFit.weightedFit must be between 0 and 1, but was 1.5", "DegreeOfFit", "weightedFit", "1.5");
  }

  @Test
  void gapClosurePlan_exactPlanHasNoShortfall() {
    assertInvalid(
        () ->
            new GapClosurePlan(
                EUR_100, EUR_100, List.of(), Money.of("0", "EUR"), 0, 3, 5, Solver.EXACT_KNAPSACK, 0.5, List.of(), CoverageWeights.standard()),
        "GapClosurePlan.valueBound must equal value (3) for an exact plan, but was 5",
        "GapClosurePlan",
        "valueBound",
        "5");
    assertInvalid(
        () ->
            new GapClosurePlan(
                EUR_100, EUR_100, List.of(), Money.of("0", "EUR"), 0, 3, 2, Solver.GREEDY_APPROXIMATION, 0.5, List.of(), CoverageWeights.standard()),
        "GapClosurePlan.valueBound must not be below value (3), but was 2",
        "GapClosurePlan",
        "valueBound",
        "2");
  }
}
