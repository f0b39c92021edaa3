package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Results of random plans from {@link PlanGenerator}, and start-module recommendations of random
 * contexts, round-trip: read back equal, written again byte for byte the same. Counts are modest, as each example generates a plan and computes a result
 * from it.
 */
class ResultsRoundTripPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 25);
  private static final CrmJson JSON = CrmJson.builder().indent(false).build();

  private static ProjectPlan plan(long seed, int lots) {
    return PlanGenerator.builder()
        .lots(lots)
        .extraActivitiesPerLot(2)
        .build()
        .generate(new SplittableRandom(seed));
  }

  private static <T> void roundTrips(T value, Class<T> type) {
    String text = JSON.write(value);
    T back = JSON.read(text, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(text);
  }

  @Test
  void validationReports_ofRandomPlansBrokenInRandomWays_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(
            longs().all(), integers().between(1, 3), integers().between(0, ResultSamples.WAYS - 1))
        .checkAssert(
            (seed, lots, way) -> {
              ProjectPlan plan = ResultSamples.broken(plan(seed, lots), way);
              ValidationReport report = Validator.standard().validate(plan, ResultSamples.METHOD);
              roundTrips(report, ValidationReport.class);
            });
  }

  @Test
  void smallForecasts_ofRandomPlans_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 3), integers().between(1, 120))
        .checkAssert(
            (seed, lots, iterations) -> {
              Forecast forecast =
                  MonteCarloSimulator.builder()
                      .iterations(iterations)
                      .seed(seed)
                      .distribution(
                          (seed & 1) == 0
                              ? DurationDistribution.PERT_BETA
                              : DurationDistribution.TRIANGULAR)
                      .threads(1)
                      .build()
                      .forecast(plan(seed, lots));
              roundTrips(forecast, Forecast.class);
            });
  }

  @Test
  void schedules_ofRandomPlans_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(0, EstimatePoint.values().length - 1))
        .checkAssert(
            (seed, lots, point) -> {
              Schedule schedule =
                  Scheduler.builder()
                      .estimatePoint(EstimatePoint.values()[point])
                      .build()
                      .schedule(plan(seed, lots));
              roundTrips(schedule, Schedule.class);
            });
  }

  @Test
  void pertAnalyses_ofRandomPlans_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 3))
        .checkAssert(
            (seed, lots) -> roundTrips(PertAnalysis.of(plan(seed, lots)), PertAnalysis.class));
  }

  @Test
  void startModuleRecommendations_ofRandomContexts_weightsAndVendorRatings_roundTrip() {
    qt().withExamples(EXAMPLES * 4)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomModel random = new RandomModel(seed);
              ProjectContext context = random.projectContext();
              Map<StartModuleCriterion, Double> weights = new EnumMap<>(StartModuleCriterion.class);
              for (StartModuleCriterion criterion : StartModuleCriterion.values()) {
                weights.put(criterion, random.between(0, 40) / 8.0 + Math.scalb(1.0, -random.between(1, 60)));
              }
              StartModuleRecommender recommender =
                  StartModuleRecommender.of(new CriterionWeights(weights));
              List<CandidateAssessment> candidates = new ArrayList<>();
              for (CandidateAssessment candidate : recommender.assess(context)) {
                StartModuleCriterion criterion =
                    StartModuleCriterion.values()[random.between(0, StartModuleCriterion.values().length - 1)];
                candidates.add(
                    candidate.with(criterion, random.between(0, 5_000) / 1_000.0 / 1.1, random.text()));
              }
              StartModuleRecommendation recommendation = recommender.rank(candidates);

              roundTrips(recommendation, StartModuleRecommendation.class);
              roundTrips(recommender.weights(), CriterionWeights.class);
              for (CandidateAssessment candidate : candidates) {
                roundTrips(candidate, CandidateAssessment.class);
              }
            });
  }
}
