package org.crmmethod.json;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.estimation.SkeletonEstimator;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;

/** Plans and results to write and read, all real outputs of core's engines. */
final class ResultSamples {
  static final ProjectPlan REFERENCE = PharmaReferencePlan.plan();
  static final Method METHOD = StagedMethod.definition();
  static final LocalDate TARGET = LocalDate.of(2028, 1, 31);

  private ResultSamples() {}

  /** A small, seeded simulator, so that forecasts stay quick to compute and to compare. */
  static MonteCarloSimulator simulator(long seed, int iterations) {
    return MonteCarloSimulator.builder().iterations(iterations).seed(seed).threads(2).build();
  }

  /** A plan drawn by the generator from a seed. */
  static ProjectPlan generated(long seed) {
    return PlanGenerator.minimal().generate(new SplittableRandom(seed));
  }

  /**
   * The plan broken in one of several ways, each of which the validator reports with findings;
   * {@code way} 0 leaves the plan as it is.
   */
  static ProjectPlan broken(ProjectPlan plan, int way) {
    return switch (way) {
      case 0 -> plan;
      case 1 -> ProjectPlan.builder().from(plan).method("another-method").build();
      case 2 -> ProjectPlan.builder().from(plan).deliverables(List.of()).build();
      case 3 -> ProjectPlan.builder().from(plan).meetings(List.of()).build();
      case 4 -> ProjectPlan.builder().from(plan).kpis(List.of()).build();
      default -> throw new IllegalArgumentException("way " + way);
    };
  }

  /** The number of ways {@link #broken} knows. */
  static final int WAYS = 5;

  static ValidationReport validate(ProjectPlan plan) {
    return Validator.standard().validate(plan, METHOD);
  }

  /**
   * A result stored as a document of its own, with the type a reader asks for.
   *
   * @param type the result type, one of the document types
   * @param value a real result of the engines, of that type
   */
  record Document(Class<?> type, Object value) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /**
   * One real result of each kind that is stored as a document: reports, schedules, forecasts,
   * PERT analyses, credibilities, skeletons, what-ifs, start-module recommendations, fit-gap
   * reports, gap-closure plans and readiness reports, all of the reference plan. Computed once.
   */
  static List<Document> documents() {
    return Documents.ALL;
  }

  /** The document of {@link #documents()} of one type. */
  static Document document(Class<?> type) {
    return Documents.ALL.stream()
        .filter(document -> document.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result document of " + type));
  }

  private static final class Documents {
    static final List<Document> ALL =
        List.of(
            new Document(ValidationReport.class, validate(broken(REFERENCE, 1))),
            new Document(Schedule.class, Scheduler.builder().build().schedule(REFERENCE)),
            new Document(Forecast.class, simulator(11, 200).forecast(REFERENCE)),
            new Document(PertAnalysis.class, PertAnalysis.of(REFERENCE)),
            new Document(Credibility.class, Credibility.of(REFERENCE, TARGET, simulator(5, 200))),
            new Document(
                TimelineSkeleton.class,
                SkeletonEstimator.standard().estimate(REFERENCE.context(), METHOD, 3)),
            new Document(
                WhatIf.class,
                WhatIf.addLot(
                    REFERENCE.context(),
                    METHOD,
                    2,
                    SkeletonEstimator.standard(),
                    simulator(9, 200))),
            new Document(
                StartModuleRecommendation.class,
                StartModuleRecommender.standard().recommend(REFERENCE.context())),
            new Document(
                FitGapReport.class,
                FitGapAnalyser.standard().analyse(REFERENCE.fitGap().orElseThrow())),
            new Document(
                GapClosurePlan.class,
                GapClosureOptimiser.standard().recommend(REFERENCE.fitGap().orElseThrow())),
            new Document(
                ReadinessReport.class,
                ReadinessScorer.standard()
                    .score(ReadinessCatalogue.questionnaire(), REFERENCE.readiness().orElseThrow())));
  }
}
