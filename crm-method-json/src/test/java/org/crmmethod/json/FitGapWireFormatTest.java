package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.json.RoundTrips.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.fitgap.FitAssessment;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.fitgap.PackageFit;
import org.crmmethod.core.fitgap.Priority;
import org.crmmethod.core.fitgap.Requirement;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The wire format of the fit-gap analysis and its results (F08): both laws of the round trip on the
 * reference plan's analysis and on random ones, pinned documents that show the exact format (the
 * report and the recommendation are result documents, {@code schemaVersion} first), the plan and
 * results schemas' definitions, and inconsistent documents refused where they are wrong.
 */
class FitGapWireFormatTest {
  private static final CrmJson COMPACT = CrmJson.builder().indent(false).build();
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 100);
  private static final FitGapAnalysis REFERENCE = PharmaReferencePlan.plan().fitGap().orElseThrow();

  /** A small analysis: a configured must-have, a should-have gap to close, an unassessed could-have. */
  private static FitGapAnalysis small() {
    return FitGapAnalysis.builder()
        .addRequirements(
            Requirement.of("R-1", "Report visits offline", "SALES", CrmModule.SFA, Priority.MUST),
            Requirement.of("R-2", "Trace samples", "SALES", CrmModule.SFA, Priority.SHOULD),
            Requirement.of("R-3", "Predict churn", "MARKETING", CrmModule.ANALYTICAL, Priority.COULD))
        .addAssessments(
            FitAssessment.of("R-1", PackageFit.CONFIGURATION, 5, Money.of("4000", "EUR")),
            FitAssessment.builder()
                .from(FitAssessment.of("R-2", PackageFit.SPECIFIC_DEVELOPMENT, 12.5, Money.of("9500.50", "EUR")))
                .addResolutionOptions("Keep the paper register")
                .build())
        .budget(Money.of("15000", "EUR"))
        .addGapsToClose("R-2")
        .build();
  }

  private static CrmJsonException readFailure(String document, Class<?> type) {
    try {
      COMPACT.read(document, type);
    } catch (CrmJsonException failure) {
      return failure;
    }
    throw new AssertionError("the document was read, but should have been refused:\n" + document);
  }

  // ---- Round trips ----

  @Test
  @DisplayName("F08: the reference plan's analysis, its report and its recommendation round-trip")
  void f08_referenceAnalysis_andItsResults_roundTrip() {
    assertRoundTrips(REFERENCE, FitGapAnalysis.class);
    assertRoundTrips(FitGapAnalyser.standard().analyse(REFERENCE), FitGapReport.class);
    assertRoundTrips(GapClosureOptimiser.standard().recommend(REFERENCE), GapClosurePlan.class);
    assertRoundTrips(GapClosureOptimiser.standard().approximate(REFERENCE, Money.of("100000", "EUR")), GapClosurePlan.class);
  }

  @Test
  @DisplayName("F08: reports and recommendations of random analyses round-trip and are valid by the schema")
  void f08_randomAnalyses_andTheirResults_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              FitGapAnalysis analysis = new RandomModel(seed).fitGapAnalysis(true);
              FitGapReport report = FitGapAnalyser.standard().analyse(analysis);
              GapClosurePlan plan = GapClosureOptimiser.standard().recommend(analysis);

              assertRoundTrips(analysis, FitGapAnalysis.class);
              assertRoundTrips(report, FitGapReport.class);
              assertRoundTrips(plan, GapClosurePlan.class);
              assertThat(SchemaCheck.PLAN.errors("FitGapAnalysis", COMPACT.write(analysis))).isEmpty();
              assertThat(SchemaCheck.RESULTS.errors("FitGapReport", COMPACT.write(report))).isEmpty();
              assertThat(SchemaCheck.RESULTS.errors("GapClosurePlan", COMPACT.write(plan))).isEmpty();
            });
  }

  // ---- Pinned documents ----

  @Test
  void analysis_isWrittenByItsAttributes() {
    assertThat(COMPACT.write(small()))
        .isEqualTo(
            "{\"requirements\":["
                + "{\"id\":\"R-1\",\"statement\":\"Report visits offline\",\"source\":\"SALES\",\"module\":\"SFA\",\"priority\":\"MUST\"},"
                + "{\"id\":\"R-2\",\"statement\":\"Trace samples\",\"source\":\"SALES\",\"module\":\"SFA\",\"priority\":\"SHOULD\"},"
                + "{\"id\":\"R-3\",\"statement\":\"Predict churn\",\"source\":\"MARKETING\",\"module\":\"ANALYTICAL\",\"priority\":\"COULD\"}],"
                + "\"assessments\":["
                + "{\"requirement\":\"R-1\",\"fit\":\"CONFIGURATION\",\"effortDays\":5.0,\"cost\":{\"amount\":\"4000\",\"currency\":\"EUR\"},"
                + "\"resolutionOptions\":[]},"
                + "{\"requirement\":\"R-2\",\"fit\":\"SPECIFIC_DEVELOPMENT\",\"effortDays\":12.5,"
                + "\"cost\":{\"amount\":\"9500.50\",\"currency\":\"EUR\"},\"resolutionOptions\":[\"Keep the paper register\"]}],"
                + "\"budget\":{\"amount\":\"15000\",\"currency\":\"EUR\"},"
                + "\"gapsToClose\":[\"R-2\"]}");
  }

  @Test
  @DisplayName("F08: a report is a versioned document that writes its coverage maps in the enums' order and no derived figure")
  void report_isWrittenByItsComponents() {
    String written = COMPACT.write(FitGapAnalyser.standard().analyse(small()));

    assertThat(written)
        .startsWith(
            "{\"schemaVersion\":1,\"overall\":{\"requirements\":3,\"coveredByPackage\":1,\"gapsToClose\":1,\"openGaps\":0,\"unassessed\":1},"
                + "\"byPriority\":{\"MUST\":{\"requirements\":1,\"coveredByPackage\":1,\"gapsToClose\":0,\"openGaps\":0,\"unassessed\":0},"
                + "\"SHOULD\":{\"requirements\":1,\"coveredByPackage\":0,\"gapsToClose\":1,\"openGaps\":0,\"unassessed\":0},"
                + "\"COULD\":{\"requirements\":1,\"coveredByPackage\":0,\"gapsToClose\":0,\"openGaps\":0,\"unassessed\":1}},"
                + "\"byModule\":{\"SFA\":")
        .endsWith(
            "\"budget\":{\"amount\":\"15000\",\"currency\":\"EUR\"},\"fitCost\":{\"amount\":\"4000.00\",\"currency\":\"EUR\"},"
                + "\"fitEffortDays\":5.0,\"weightedCoverage\":0.9166666666666666,"
                + "\"degreeOfFit\":{\"byFit\":{\"STANDARD\":0,\"CONFIGURATION\":1,\"SPECIFIC_DEVELOPMENT\":1,\"WORKAROUND\":0,"
                + "\"NOT_SUPPORTED\":0},\"unassessed\":1,\"weightedFit\":0.6666666666666666},"
                + "\"weights\":{\"must\":8,\"should\":3,\"could\":1}}")
        .doesNotContain("totalCost", "plannedCost", "overBudget");
  }

  @Test
  void recommendation_isAVersionedDocument_writtenByItsComponents() {
    assertThat(COMPACT.write(GapClosureOptimiser.standard().recommend(small())))
        .isEqualTo(
            "{\"schemaVersion\":1,\"budget\":{\"amount\":\"15000\",\"currency\":\"EUR\"},\"fitCost\":{\"amount\":\"4000.00\",\"currency\":\"EUR\"},"
                + "\"gapsToClose\":[\"R-2\"],\"cost\":{\"amount\":\"9500.50\",\"currency\":\"EUR\"},\"effortDays\":12.5,"
                + "\"value\":3,\"valueBound\":3,\"solver\":\"EXACT_KNAPSACK\",\"weightedCoverage\":0.9166666666666666,"
                + "\"openMustHaves\":[],\"weights\":{\"must\":8,\"should\":3,\"could\":1}}");
  }

  @Test
  void weights_readTheirDefaultsWhenLeftOut() {
    assertThat(COMPACT.read("{\"must\":10}", org.crmmethod.core.fitgap.CoverageWeights.class))
        .isEqualTo(org.crmmethod.core.fitgap.CoverageWeights.of(10, 3, 1));
  }

  // ---- Refusals ----

  @Test
  @DisplayName("F08: an analysis costed in two currencies is refused at its assessments")
  void analysisInTwoCurrencies_isRefused() {
    String document = COMPACT.write(small()).replace("\"9500.50\",\"currency\":\"EUR\"", "\"9500.50\",\"currency\":\"USD\"");

    CrmJsonException failure = readFailure(document, FitGapAnalysis.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/assessments");
    assertThat(failure.getMessage()).contains("must be costed in the budget's currency (EUR)");
  }

  @Test
  void reportWhoseCountsDisagree_isRefused() {
    String document = COMPACT.write(FitGapAnalyser.standard().analyse(small()))
        .replaceFirst("\"requirements\":3", "\"requirements\":4");

    CrmJsonException failure = readFailure(document, FitGapReport.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/overall/requirements");
  }

  @Test
  void recommendationWithoutItsSolver_isRefused() {
    String document = COMPACT.write(GapClosureOptimiser.standard().recommend(small())).replace(",\"solver\":\"EXACT_KNAPSACK\"", "");

    CrmJsonException failure = readFailure(document, GapClosurePlan.class);

    assertThat(failure.problem()).isEqualTo(Problem.MISSING_PROPERTY);
  }

  @Test
  void exactRecommendationWithAShortfall_isRefused() {
    String document = COMPACT.write(GapClosureOptimiser.standard().recommend(small())).replace("\"valueBound\":3", "\"valueBound\":4");

    CrmJsonException failure = readFailure(document, GapClosurePlan.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/valueBound");
  }
}
