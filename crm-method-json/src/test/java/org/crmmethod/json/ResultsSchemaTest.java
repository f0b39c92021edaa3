package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.json.ResultSamples.METHOD;
import static org.crmmethod.json.ResultSamples.REFERENCE;
import static org.crmmethod.json.ResultSamples.TARGET;
import static org.crmmethod.json.ResultSamples.simulator;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.estimation.SkeletonEstimator;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.fitgap.CoverageWeights;
import org.crmmethod.core.fitgap.FitGapAnalyser;
import org.crmmethod.core.fitgap.FitGapAnalysis;
import org.crmmethod.core.fitgap.FitGapReport;
import org.crmmethod.core.fitgap.GapClosureOptimiser;
import org.crmmethod.core.fitgap.GapClosurePlan;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.MonteCarloSimulator;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScorer;
import org.crmmethod.core.readiness.ReadinessThresholds;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CandidateAssessment;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation;
import org.crmmethod.core.startmodule.recommendation.StartModuleRecommender;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import org.crmmethod.json.ResultSamples.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results schema describes the result documents the library writes: every real result of the
 * engines is valid, both against the schema's root and against the definition of its kind, and
 * result documents broken in one place are refused there. The nested plans, activities, estimates
 * and calendars are checked through the plan and method schemas, registered beside it.
 */
class ResultsSchemaTest {
  private static final CrmJson JSON = CrmJson.standard();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The kinds of result document, as the results schema names their definitions. */
  private static final List<String> KINDS =
      ResultSamples.documents().stream().map(document -> document.type().getSimpleName()).toList();

  // ---- every result the library writes is valid

  static Stream<Document> documents() {
    return ResultSamples.documents().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void resultDocument_isValid_againstTheRootAndItsKind(Document document) {
    String text = JSON.write(document.value());

    assertValid(SchemaCheck.RESULTS.errors(text));
    assertValid(SchemaCheck.RESULTS.errors(document.type().getSimpleName(), text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void resultDocument_isOfOneKindOnly(Document document) {
    String text = JSON.write(document.value());
    List<String> matching = new ArrayList<>();
    for (String kind : KINDS) {
      if (SchemaCheck.RESULTS.errors(kind, text).isEmpty()) {
        matching.add(kind);
      }
    }

    assertThat(matching).containsExactly(document.type().getSimpleName());
  }

  @Test
  void planMethodAndEmptyDocuments_areNoResults() {
    assertThat(SchemaCheck.RESULTS.errors(JSON.write(REFERENCE))).isNotEmpty();
    assertThat(SchemaCheck.RESULTS.errors(JSON.write(METHOD))).isNotEmpty();
    assertThat(SchemaCheck.RESULTS.errors("{}")).isNotEmpty();
    assertThat(SchemaCheck.RESULTS.errors("{\"schemaVersion\" : 1}")).isNotEmpty();
  }

  @Test
  void validationReports_ofTheReferencePlan_andOfBrokenPlans_areValid() {
    for (int way = 0; way < ResultSamples.WAYS; way++) {
      ValidationReport report = ResultSamples.validate(ResultSamples.broken(REFERENCE, way));
      if (way > 0) {
        assertThat(report.findings()).as("findings of break %s", way).isNotEmpty();
      }

      assertValid(SchemaCheck.RESULTS.errors("ValidationReport", JSON.write(report)));
    }
  }

  @Test
  void schedules_atEveryEstimatePoint_areValid() {
    for (EstimatePoint point : EstimatePoint.values()) {
      Schedule schedule = Scheduler.builder().estimatePoint(point).build().schedule(REFERENCE);

      assertValid(SchemaCheck.RESULTS.errors("Schedule", JSON.write(schedule)));
    }
  }

  @Test
  void forecasts_ofEitherDistribution_andOfASingleIteration_areValid() {
    for (DurationDistribution distribution : DurationDistribution.values()) {
      for (int iterations : List.of(1, 200)) {
        Forecast forecast =
            MonteCarloSimulator.builder()
                .iterations(iterations)
                .seed(-17)
                .distribution(distribution)
                .threads(2)
                .build()
                .forecast(REFERENCE);

        assertValid(SchemaCheck.RESULTS.errors("Forecast", JSON.write(forecast)));
      }
    }
  }

  @Test
  void credibilities_pertAnalyses_skeletonsAndWhatIfs_areValid() {
    MonteCarloSimulator simulator = simulator(21, 200);
    List<Object> results = new ArrayList<>();
    results.add(Credibility.of(REFERENCE, TARGET, simulator));
    results.add(Credibility.of(REFERENCE, REFERENCE.context().startDate().plusDays(30), simulator));
    results.add(PertAnalysis.of(REFERENCE));
    for (int lots = 1; lots <= 4; lots++) {
      results.add(SkeletonEstimator.standard().estimate(REFERENCE.context(), METHOD, lots));
    }
    SkeletonEstimator estimator = SkeletonEstimator.standard();
    results.add(WhatIf.addLot(REFERENCE.context(), METHOD, 1, estimator, simulator));
    results.add(WhatIf.switchApproach(REFERENCE.context(), METHOD, 2, estimator, simulator));
    results.add(
        WhatIf.dropModule(
            REFERENCE.context(),
            METHOD,
            2,
            REFERENCE.context().modules().iterator().next(),
            estimator,
            simulator));

    for (Object result : results) {
      assertValid(SchemaCheck.RESULTS.errors(JSON.write(result)));
    }
  }

  @Test
  void resultsOfGeneratedPlans_areValid() {
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, ResultSamples.WAYS - 1))
        .checkAssert(
            (seed, way) -> {
              ProjectPlan plan = ResultSamples.generated(seed);
              assertValid(
                  SchemaCheck.RESULTS.errors(
                      JSON.write(ResultSamples.validate(ResultSamples.broken(plan, way)))));
              Schedule schedule = Scheduler.builder().build().schedule(plan);
              assertValid(SchemaCheck.RESULTS.errors(JSON.write(schedule)));
              assertValid(SchemaCheck.RESULTS.errors(JSON.write(PertAnalysis.of(plan))));
              assertValid(
                  SchemaCheck.RESULTS.errors(JSON.write(simulator(seed, 50).forecast(plan))));
            });
  }

  @Test
  void partsOfResults_areValidAgainstTheirDefinitions() {
    Forecast forecast = simulator(3, 200).forecast(REFERENCE);
    Schedule schedule = Scheduler.builder().build().schedule(REFERENCE);
    ValidationReport report = ResultSamples.validate(ResultSamples.broken(REFERENCE, 1));

    assertValid(SchemaCheck.RESULTS.errors("Histogram", JSON.write(forecast.histogram(12))));
    assertValid(SchemaCheck.RESULTS.errors("Histogram", JSON.write(forecast.histogram(1))));
    assertValid(
        SchemaCheck.RESULTS.errors("FinishDriver", JSON.write(forecast.sensitivity().get(0))));
    assertValid(
        SchemaCheck.RESULTS.errors(
            "ScheduledActivity", JSON.write(schedule.activities().get(3))));
    assertValid(SchemaCheck.RESULTS.errors("Finding", JSON.write(report.findings().get(0))));
    String defaults = JSON.write(ValidationSettings.defaults());
    assertValid(SchemaCheck.RESULTS.errors("ValidationSettings", defaults));
    assertValid(
        SchemaCheck.RESULTS.errors(
            "ValidationSettings",
            JSON.write(
                ValidationSettings.builder()
                    .minimumRealUseWeeks(6)
                    .hypercareStartWithinDays(0)
                    .phaseDurationTolerance(1)
                    .longestPlausibleDays(0.5)
                    .startModuleWeights(
                        CriterionWeights.defaults()
                            .with(StartModuleCriterion.RETURN_ON_INVESTMENT, 0))
                    .build())));
  }

  @Test
  void startModuleRecommendations_andTheirParts_areValidAgainstTheirDefinitions() {
    for (CrmModule[] scope :
        new CrmModule[][] {{CrmModule.ANALYTICAL, CrmModule.SFA}, CrmModule.values(), {CrmModule.EMA}}) {
      ProjectContext context =
          ProjectContext.builder().from(REFERENCE.context()).modules(List.of(scope)).build();
      StartModuleRecommender recommender =
          StartModuleRecommender.of(
              CriterionWeights.defaults().with(StartModuleCriterion.RETURN_ON_INVESTMENT, 0));
      StartModuleRecommendation recommendation = recommender.recommend(context);

      assertValid(SchemaCheck.RESULTS.errors(JSON.write(recommendation)));
      assertValid(SchemaCheck.RESULTS.errors("RankedModule", JSON.write(recommendation.first())));
      assertValid(SchemaCheck.RESULTS.errors("CriterionWeights", JSON.write(recommender.weights())));
      for (CandidateAssessment assessment : recommender.assess(context)) {
        assertValid(SchemaCheck.RESULTS.errors("CandidateAssessment", JSON.write(assessment)));
        assertValid(
            SchemaCheck.RESULTS.errors("CriterionRating", JSON.write(assessment.ratings().get(0))));
      }
    }
  }

  @Test
  void criterionWeights_missingACriterion_areRefused() {
    assertThat(SchemaCheck.RESULTS.errors("CriterionWeights", "{\"weights\" : {\"AWAITED_BY_USERS\" : 1.0}}"))
        .extracting(Error::getKeyword)
        .contains("required");
    assertThat(SchemaCheck.RESULTS.errors("CriterionWeights", "{\"weights\" : {\"PRICE\" : 1.0}}"))
        .isNotEmpty();
  }

  @Test
  void fitGapReportsAndGapClosurePlans_andTheirParts_areValidAgainstTheirDefinitions() {
    List<FitGapAnalysis> analyses =
        List.of(REFERENCE.fitGap().orElseThrow(), ProgressPlan.plan().fitGap().orElseThrow());
    for (FitGapAnalysis analysis : analyses) {
      for (CoverageWeights weights : List.of(CoverageWeights.standard(), CoverageWeights.of(5, 5, 0))) {
        FitGapReport report = FitGapAnalyser.of(weights).analyse(analysis);
        GapClosureOptimiser optimiser = GapClosureOptimiser.builder().weights(weights).build();

        assertValid(SchemaCheck.RESULTS.errors(JSON.write(report)));
        assertValid(SchemaCheck.RESULTS.errors(JSON.write(optimiser.recommend(analysis))));
        assertValid(
            SchemaCheck.RESULTS.errors(
                JSON.write(optimiser.approximate(analysis, Money.of("100000", "EUR")))));
        assertValid(SchemaCheck.RESULTS.errors("Coverage", JSON.write(report.overall())));
        assertValid(SchemaCheck.RESULTS.errors("Gap", JSON.write(report.gaps().get(0))));
        assertValid(SchemaCheck.RESULTS.errors("DegreeOfFit", JSON.write(report.degreeOfFit())));
        assertValid(SchemaCheck.RESULTS.errors("CoverageWeights", JSON.write(weights)));
      }
    }
  }

  @Test
  void readinessReports_andTheirParts_areValidAgainstTheirDefinitions() {
    ReadinessReport reference = ReadinessSamples.report();
    ReadinessReport empty =
        ReadinessScorer.withThresholds(ReadinessThresholds.of(0, 100))
            .score(
                ReadinessCatalogue.questionnaire(),
                ReadinessAssessment.builder()
                    .questionnaire(ReadinessCatalogue.ID)
                    .assessedOn(PharmaReferencePlan.START)
                    .build());

    for (ReadinessReport report : List.of(reference, empty)) {
      assertValid(SchemaCheck.RESULTS.errors(JSON.write(report)));
      assertValid(SchemaCheck.RESULTS.errors("ReadinessReport", JSON.write(report)));
      assertValid(SchemaCheck.RESULTS.errors("ReadinessScore", JSON.write(report.overall())));
      assertValid(SchemaCheck.RESULTS.errors("ReadinessThresholds", JSON.write(report.thresholds())));
    }
    assertValid(SchemaCheck.RESULTS.errors("ReadinessBlocker", JSON.write(ReadinessSamples.fullBlocker())));
    assertValid(SchemaCheck.RESULTS.errors("ReadinessThresholds", "{}"));
  }

  @Test
  void randomReadinessReports_areValid() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertValid(
                    SchemaCheck.RESULTS.errors(
                        JSON.write(new RandomModel(seed).readinessReport()))));
  }

  // ---- broken result documents are refused where they are broken

  /**
   * A real result document broken in one place.
   *
   * @param name what is wrong, for the test's display name
   * @param type the kind of document broken
   * @param edit the breakage, applied to the document's tree
   * @param location the JSON Pointer at which the validator must report an error
   * @param keyword the schema keyword that must report it
   * @param refusedByReader whether {@link CrmJson} refuses the document too
   */
  record Breakage(
      String name,
      Class<?> type,
      Consumer<ObjectNode> edit,
      String location,
      String keyword,
      boolean refusedByReader) {
    @Override
    public String toString() {
      return type.getSimpleName() + ": " + name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void brokenResult_isRefused_atTheBrokenValue(Breakage breakage) {
    ObjectNode document =
        (ObjectNode)
            JSON.mapper().readTree(JSON.write(ResultSamples.document(breakage.type()).value()));
    breakage.edit().accept(document);

    List<Error> errors =
        SchemaCheck.RESULTS.errors(breakage.type().getSimpleName(), document.toString());

    assertThat(errors)
        .as(SchemaCheck.describe(errors))
        .anySatisfy(
            error -> {
              assertThat(error.getInstanceLocation().toString()).isEqualTo(breakage.location());
              assertThat(error.getKeyword()).isEqualTo(breakage.keyword());
            });
    assertThat(SchemaCheck.RESULTS.errors(document)).as("the root refuses it too").isNotEmpty();
    String text = document.toString();
    if (breakage.refusedByReader()) {
      assertThatThrownBy(() -> JSON.read(text, breakage.type()))
          .isInstanceOf(CrmJsonException.class);
    } else {
      assertThat(JSON.read(text, breakage.type())).isNotNull();
    }
  }

  static Stream<Breakage> breakages() {
    String finding = "/findings/0";
    String ranked = "/ranking/1";
    String contribution = ranked + "/contributions/6";
    String gap = "/gaps/0";
    String blocker = "/blockers/0";
    String scheduled = "/activities/0";
    String driver = "/sensitivity/0";
    return Stream.of(
        // every kind: the version
        broken(ValidationReport.class, "no schemaVersion", remove("", "schemaVersion"), "",
            "required"),
        broken(Schedule.class, "a newer schemaVersion", set("", "schemaVersion", number(2)),
            "/schemaVersion", "const"),
        broken(Forecast.class, "schemaVersion as a string",
            set("", "schemaVersion", NODES.stringNode("1")), "/schemaVersion", "const"),
        broken(PertAnalysis.class, "a newer schemaVersion", set("", "schemaVersion", number(2)),
            "/schemaVersion", "const"),
        broken(Credibility.class, "no schemaVersion", remove("", "schemaVersion"), "",
            "required"),
        broken(TimelineSkeleton.class, "a newer schemaVersion",
            set("", "schemaVersion", number(2)), "/schemaVersion", "const"),
        broken(WhatIf.class, "no schemaVersion", remove("", "schemaVersion"), "", "required"),
        // validation reports
        broken(ValidationReport.class, "a missing plan id", remove("", "planId"), "", "required"),
        broken(ValidationReport.class, "a count, which is derived",
            set("", "errorCount", number(1)), "", "additionalProperties"),
        broken(ValidationReport.class, "a severity that does not exist",
            set(finding, "severity", NODES.stringNode("FATAL")), finding + "/severity", "enum"),
        broken(ValidationReport.class, "a blank message",
            set(finding, "message", NODES.stringNode(" ")), finding + "/message", "pattern"),
        broken(ValidationReport.class, "a method fact that does not exist",
            set(finding, "facts", NODES.arrayNode().add("F34")), finding + "/facts/0", "enum"),
        broken(ValidationReport.class, "a finding without a path", remove(finding, "path"),
            finding, "required"),
        broken(ValidationReport.class, "a rule id that is a number",
            set("", "rulesRun", NODES.arrayNode().add(7)), "/rulesRun/0", "type"),
        // schedules
        broken(Schedule.class, "an estimate point that does not exist",
            set("", "estimatePoint", NODES.stringNode("MEAN")), "/estimatePoint", "enum"),
        broken(Schedule.class, "no activities", remove("", "activities"), "", "required"),
        broken(Schedule.class, "a nested plan without its version",
            remove("/plan", "schemaVersion"), "/plan", "required"),
        broken(Schedule.class, "a nested plan of a newer version",
            set("/plan", "schemaVersion", number(2)), "/plan/schemaVersion", "const"),
        broken(Schedule.class, "a calendar with an unknown property",
            set("/calendar", "country", NODES.stringNode("FR")), "/calendar",
            "additionalProperties"),
        broken(Schedule.class, "a flag as a string",
            set(scheduled, "critical", NODES.stringNode("true")), scheduled + "/critical",
            "type"),
        broken(Schedule.class, "a date not in ISO order",
            set(scheduled, "earlyStartDate", NODES.stringNode("01/03/2027")),
            scheduled + "/earlyStartDate", "pattern"),
        broken(Schedule.class, "a scheduled activity's team of nobody",
            set(scheduled + "/activity", "teamSize", number(0)),
            scheduled + "/activity/teamSize", "minimum"),
        broken(Schedule.class, "a scheduled activity without its float",
            remove(scheduled, "totalFloat"), scheduled, "required"),
        // forecasts
        broken(Forecast.class, "no iteration", set("", "sortedDurations", NODES.arrayNode()),
            "/sortedDurations", "minItems"),
        broken(Forecast.class, "a duration as a string",
            edit("", root -> ((ArrayNode) root.get("sortedDurations")).set(1, "12.5")),
            "/sortedDurations/1", "type"),
        broken(Forecast.class, "a distribution that does not exist",
            set("", "distribution", NODES.stringNode("NORMAL")), "/distribution", "enum"),
        broken(Forecast.class, "a seed with a fraction", set("", "seed", number(1.5)), "/seed",
            "type"),
        broken(Forecast.class, "a seed beyond a long",
            set("", "seed", NODES.numberNode(new BigInteger("9223372036854775808"))),
            "/seed", "maximum"),
        broken(Forecast.class, "an activity id twice",
            edit("", root -> {
              ArrayNode ids = (ArrayNode) root.get("activityIds");
              ids.set(1, ids.get(0).asString());
            }),
            "/activityIds", "uniqueItems"),
        broken(Forecast.class, "the mean, which is derived", set("", "mean", number(100)), "",
            "additionalProperties"),
        broken(Forecast.class, "a correlation above 1", set(driver, "correlation", number(1.5)),
            driver + "/correlation", "maximum"),
        broken(Forecast.class, "a negative criticality index",
            set(driver, "criticalityIndex", number(-0.25)), driver + "/criticalityIndex",
            "minimum"),
        broken(Forecast.class, "a driver's id with a space",
            set(driver, "activityId", NODES.stringNode("A 1")), driver + "/activityId",
            "pattern"),
        // PERT analyses
        broken(PertAnalysis.class, "a variance as a string",
            set("", "variance", NODES.stringNode("12")), "/variance", "type"),
        broken(PertAnalysis.class, "no plan", remove("", "plan"), "", "required"),
        broken(PertAnalysis.class, "a critical path through a malformed id",
            edit("", root -> ((ArrayNode) root.get("criticalPath")).set(0, "-x")),
            "/criticalPath/0", "pattern"),
        broken(PertAnalysis.class, "a nested plan's phase without a name",
            remove("/plan/phases/0", "name"), "/plan/phases/0", "required"),
        // credibilities
        broken(Credibility.class, "a target not in ISO order",
            set("", "target", NODES.stringNode("31/01/2028")), "/target", "pattern"),
        broken(Credibility.class, "a day that does not exist",
            set("", "target", NODES.stringNode("2027-02-30")), "/target", "format"),
        broken(Credibility.class, "working days with a fraction",
            set("", "workingDaysAvailable", number(2.5)), "/workingDaysAvailable", "type"),
        broken(Credibility.class, "a nested forecast without its version",
            remove("/forecast", "schemaVersion"), "/forecast", "required"),
        broken(Credibility.class, "a nested forecast of a newer version",
            set("/forecast", "schemaVersion", number(2)), "/forecast/schemaVersion", "const"),
        // skeletons
        broken(TimelineSkeleton.class, "a negative phase estimate",
            set("/phases/STRATEGY", "optimistic", number(-1)), "/phases/STRATEGY/optimistic",
            "minimum"),
        broken(TimelineSkeleton.class, "a phase estimate with an unknown property",
            set("/phases/STRATEGY", "likely", number(3)), "/phases/STRATEGY",
            "additionalProperties"),
        broken(TimelineSkeleton.class, "phases as an array", set("", "phases", NODES.arrayNode()),
            "/phases", "type"),
        broken(TimelineSkeleton.class, "a rule id that is a number",
            edit("", root -> ((ArrayNode) root.get("rulesApplied")).insert(0, 3)),
            "/rulesApplied/0", "type"),
        // what-ifs
        broken(WhatIf.class, "a change that is a number", set("", "change", number(1)),
            "/change", "type"),
        broken(WhatIf.class, "a nested skeleton without its version",
            remove("/before", "schemaVersion"), "/before", "required"),
        broken(WhatIf.class, "a nested forecast without iterations",
            set("/afterForecast", "sortedDurations", NODES.arrayNode()),
            "/afterForecast/sortedDurations", "minItems"),
        broken(WhatIf.class, "a difference, which is derived",
            set("", "p50Difference", number(3)), "", "additionalProperties"),
        // start-module recommendations
        broken(StartModuleRecommendation.class, "a newer schemaVersion",
            set("", "schemaVersion", number(2)), "/schemaVersion", "const"),
        broken(StartModuleRecommendation.class, "the recommended module, which is derived",
            set("", "recommended", NODES.stringNode("ANALYTICAL")), "", "additionalProperties"),
        broken(StartModuleRecommendation.class, "no ranking", set("", "ranking", NODES.arrayNode()),
            "/ranking", "minItems"),
        broken(StartModuleRecommendation.class, "a score above 5",
            set(ranked, "score", number(5.5)), ranked + "/score", "maximum"),
        broken(StartModuleRecommendation.class, "a rank of 0", set(ranked, "rank", number(0)),
            ranked + "/rank", "minimum"),
        broken(StartModuleRecommendation.class, "a module that does not exist",
            set(ranked, "module", NODES.stringNode("ERP")), ranked + "/module", "enum"),
        broken(StartModuleRecommendation.class, "a rating below 0",
            set(contribution, "rating", number(-1)), contribution + "/rating", "minimum"),
        broken(StartModuleRecommendation.class, "a contribution without its basis",
            remove(contribution, "basis"), contribution, "required"),
        broken(StartModuleRecommendation.class, "a negative weight",
            set("/weights/weights", "RETURN_ON_INVESTMENT", number(-1)),
            "/weights/weights/RETURN_ON_INVESTMENT", "minimum"),
        broken(StartModuleRecommendation.class, "a criterion left without a weight",
            remove("/weights/weights", "AWAITED_BY_USERS"), "/weights/weights", "required"),
        broken(StartModuleRecommendation.class, "no reason",
            set(ranked, "reasons", NODES.arrayNode()), ranked + "/reasons", "minItems"),
        // fit-gap reports
        broken(FitGapReport.class, "no schemaVersion", remove("", "schemaVersion"), "",
            "required"),
        broken(FitGapReport.class, "the total cost, which is derived",
            set("", "totalCost", NODES.objectNode().put("amount", "1").put("currency", "EUR")),
            "", "additionalProperties"),
        broken(FitGapReport.class, "a negative count", set("/overall", "openGaps", number(-1)),
            "/overall/openGaps", "minimum"),
        broken(FitGapReport.class, "a weighted coverage above 1",
            set("", "weightedCoverage", number(1.5)), "/weightedCoverage", "maximum"),
        broken(FitGapReport.class, "a gap the package meets as standard",
            set(gap + "/assessment", "fit", NODES.stringNode("STANDARD")),
            gap + "/assessment/fit", "enum"),
        broken(FitGapReport.class, "a gap whose requirement has no priority",
            remove(gap + "/requirement", "priority"), gap + "/requirement", "required"),
        broken(FitGapReport.class, "a degree of fit without one of the fits",
            remove("/degreeOfFit/byFit", "WORKAROUND"), "/degreeOfFit/byFit", "minProperties"),
        broken(FitGapReport.class, "a must-have weight of 0", set("/weights", "must", number(0)),
            "/weights/must", "minimum"),
        // gap-closure plans
        broken(GapClosurePlan.class, "a newer schemaVersion",
            set("", "schemaVersion", number(2)), "/schemaVersion", "const"),
        broken(GapClosurePlan.class, "no cost", remove("", "cost"), "", "required"),
        broken(GapClosurePlan.class, "a solver that does not exist",
            set("", "solver", NODES.stringNode("GUESS")), "/solver", "enum"),
        broken(GapClosurePlan.class, "a negative value", set("", "value", number(-1)),
            "/value", "minimum"),
        broken(GapClosurePlan.class, "a blank gap id",
            set("", "gapsToClose", NODES.arrayNode().add(" ")), "/gapsToClose/0", "pattern"),
        broken(GapClosurePlan.class, "an amount that is no decimal",
            set("/budget", "amount", NODES.stringNode("lots")), "/budget/amount", "pattern"),
        // readiness reports
        broken(ReadinessReport.class, "no schemaVersion", remove("", "schemaVersion"), "",
            "required"),
        broken(ReadinessReport.class, "a newer schemaVersion",
            set("", "schemaVersion", number(2)), "/schemaVersion", "const"),
        broken(ReadinessReport.class, "a group that does not exist",
            edit("/groups", groups -> groups.set("FINANCE", groups.get("IT"))), "/groups",
            "additionalProperties"),
        broken(ReadinessReport.class, "no group", set("", "groups", NODES.objectNode()),
            "/groups", "minProperties"),
        broken(ReadinessReport.class, "a settled blocker",
            set(blocker, "status", NODES.stringNode("SETTLED")), blocker + "/status", "not"),
        broken(ReadinessReport.class, "a blocker that blocks nothing",
            set(blocker, "blocks", NODES.arrayNode()), blocker + "/blocks", "minItems"),
        broken(ReadinessReport.class, "a threshold above 100",
            set("/thresholds", "greenFrom", number(101)), "/thresholds/greenFrom", "maximum"),
        broken(ReadinessReport.class, "a score of no question",
            set("/overall", "questions", number(0)), "/overall/questions", "minimum"),
        broken(ReadinessReport.class, "a reading that does not exist",
            set("/overall", "status", NODES.stringNode("YELLOW")), "/overall/status", "enum"),
        broken(ReadinessReport.class, "no overall score", remove("", "overall"), "",
            "required"));
  }

  private static Breakage broken(
      Class<?> type, String name, Consumer<ObjectNode> edit, String location, String keyword) {
    return new Breakage(name, type, edit, location, keyword, true);
  }

  private static JsonNode number(double value) {
    return value == Math.rint(value) ? NODES.numberNode((long) value) : NODES.numberNode(value);
  }

  private static Consumer<ObjectNode> set(String object, String property, JsonNode value) {
    return edit(object, node -> node.set(property, value));
  }

  private static Consumer<ObjectNode> remove(String object, String property) {
    return edit(
        object,
        node -> assertThat(node.remove(property)).as(object + "/" + property).isNotNull());
  }

  /** Edits the object at a pointer, failing clearly when the good document has none there. */
  private static Consumer<ObjectNode> edit(String object, Consumer<ObjectNode> change) {
    return document -> {
      JsonNode node = document.at(object);
      assertThat(node.isObject())
          .as("the good document has an object at '%s' to break", object)
          .isTrue();
      change.accept((ObjectNode) node);
    };
  }

  private static void assertValid(List<Error> errors) {
    assertThat(errors).as(SchemaCheck.describe(errors)).isEmpty();
  }

  @Test
  void breakages_coverEveryKindOfDocument() {
    assertThat(breakages().map(breakage -> breakage.type().getSimpleName()).distinct())
        .containsExactlyInAnyOrderElementsOf(KINDS);
  }
}
