package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmmethod.json.ResultSamples.METHOD;
import static org.crmmethod.json.ResultSamples.REFERENCE;
import static org.crmmethod.json.ResultSamples.TARGET;
import static org.crmmethod.json.ResultSamples.broken;
import static org.crmmethod.json.ResultSamples.simulator;
import static org.crmmethod.json.ResultSamples.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.estimation.SkeletonEstimator;
import org.crmmethod.core.estimation.TimelineSkeleton;
import org.crmmethod.core.estimation.WhatIf;
import org.crmmethod.core.forecast.Credibility;
import org.crmmethod.core.forecast.DurationDistribution;
import org.crmmethod.core.forecast.FinishDriver;
import org.crmmethod.core.forecast.Forecast;
import org.crmmethod.core.forecast.Histogram;
import org.crmmethod.core.forecast.PertAnalysis;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.schedule.EstimatePoint;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.recommendation.CriterionWeights;
import org.crmmethod.core.validation.Finding;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.ValidationSettings;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of results: every result type round-trips, a pinned document per type shows its
 * exact property names, and documents whose parts disagree are refused with the field named.
 */
class ResultsWireFormatTest {
  private static final CrmJson JSON = CrmJson.standard();

  /** Checks both laws: what is read back equals what was written, and writes the same text. */
  static <T> T roundTrip(T value, Class<T> type) {
    String text = JSON.write(value);
    T back = JSON.read(text, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(text);
    return back;
  }

  private static List<String> propertyNames(String document) {
    List<String> names = new ArrayList<>();
    JSON.mapper().readTree(document).propertyNames().forEach(names::add);
    return names;
  }

  private static CrmJsonException readFailure(String document, Class<?> type) {
    try {
      JSON.read(document, type);
    } catch (CrmJsonException failure) {
      return failure;
    }
    throw new AssertionError("the document was read, but should have been refused:\n" + document);
  }

  /** A small forecast with known parts, built through the factory a reader uses. */
  private static Forecast smallForecast() {
    return Forecast.restore(
        42,
        DurationDistribution.TRIANGULAR,
        List.of("A", "B"),
        new double[] {10, 12.5, 15.25},
        List.of(FinishDriver.of("A", 0.875, 2.0 / 3), FinishDriver.of("B", 0, 1.0 / 3)));
  }

  private static final String SMALL_FORECAST =
      """
      {
        "schemaVersion" : 1,
        "seed" : 42,
        "distribution" : "TRIANGULAR",
        "activityIds" : [ "A", "B" ],
        "sortedDurations" : [ 10.0, 12.5, 15.25 ],
        "sensitivity" : [ {
          "activityId" : "A",
          "correlation" : 0.875,
          "criticalityIndex" : 0.6666666666666666
        }, {
          "activityId" : "B",
          "correlation" : 0.0,
          "criticalityIndex" : 0.3333333333333333
        } ]
      }""";

  // ---- Validation ----

  @Test
  void validationReports_ofBrokenPlans_roundTrip() {
    for (int way = 0; way < ResultSamples.WAYS; way++) {
      ValidationReport report = validate(broken(REFERENCE, way));
      if (way > 0) {
        assertThat(report.findings()).as("findings of break %s", way).isNotEmpty();
      }

      ValidationReport back = roundTrip(report, ValidationReport.class);

      assertThat(back.findings()).containsExactlyElementsOf(report.findings());
      assertThat(back.counts()).isEqualTo(report.counts());
    }
  }

  @Test
  void validationReport_pinned() {
    ValidationReport report =
        ValidationReport.of(
            "P-1",
            "crm-staged",
            List.of("RULE-A", "RULE-B"),
            List.of(
                Finding.builder()
                    .ruleId("RULE-B")
                    .severity(Severity.WARNING)
                    .addFacts(MethodFact.F17)
                    .message("Training comes before the pre-acceptance")
                    .path("lots[LOT-1].training")
                    .addHints("Move the training after the pre-acceptance.")
                    .build(),
                Finding.builder()
                    .ruleId("RULE-A")
                    .severity(Severity.ERROR)
                    .message("The plan names another method")
                    .path("")
                    .build()));

    assertThat(JSON.write(report))
        .isEqualTo(
            """
            {
              "schemaVersion" : 1,
              "planId" : "P-1",
              "methodId" : "crm-staged",
              "rulesRun" : [ "RULE-A", "RULE-B" ],
              "findings" : [ {
                "ruleId" : "RULE-A",
                "severity" : "ERROR",
                "facts" : [ ],
                "message" : "The plan names another method",
                "path" : "",
                "hints" : [ ]
              }, {
                "ruleId" : "RULE-B",
                "severity" : "WARNING",
                "facts" : [ "F17" ],
                "message" : "Training comes before the pre-acceptance",
                "path" : "lots[LOT-1].training",
                "hints" : [ "Move the training after the pre-acceptance." ]
              } ]
            }""");
    roundTrip(report, ValidationReport.class);
  }

  @Test
  void validationSettings_pinned_withAndWithoutTheOptionalWeeks() {
    assertThat(JSON.write(ValidationSettings.defaults()))
        .isEqualTo(
            """
            {
              "hypercareStartWithinDays" : 1.0,
              "phaseDurationTolerance" : 0.2,
              "longestPlausibleDays" : 1260.0,
              "startModuleWeights" : {
                "weights" : {
                  "CUSTOMER_CULTURE_SHIFT" : 3.0,
                  "ENABLES_LATER_STEPS" : 3.0,
                  "AWAITED_BY_USERS" : 3.0,
                  "EASE_OF_IMPLEMENTATION" : 1.0,
                  "FEW_HOMOGENEOUS_PEOPLE" : 1.0,
                  "RETURN_ON_INVESTMENT" : 1.0,
                  "LOW_LEGACY_RISK" : 2.0
                }
              }
            }""");
    ValidationSettings set =
        ValidationSettings.builder()
            .minimumRealUseWeeks(6)
            .hypercareStartWithinDays(0.5)
            .phaseDurationTolerance(0.1)
            .longestPlausibleDays(500)
            .startModuleWeights(
                CriterionWeights.defaults().with(StartModuleCriterion.RETURN_ON_INVESTMENT, 0.5))
            .build();
    assertThat(propertyNames(JSON.write(set)))
        .containsExactly(
            "minimumRealUseWeeks",
            "hypercareStartWithinDays",
            "phaseDurationTolerance",
            "longestPlausibleDays",
            "startModuleWeights");
    assertThat(JSON.read("{}", ValidationSettings.class)).isEqualTo(ValidationSettings.defaults());
    roundTrip(set, ValidationSettings.class);
    roundTrip(ValidationSettings.defaults(), ValidationSettings.class);
  }

  @Test
  void validation_refusesBrokenFindingsAndSettings() {
    String report = JSON.write(validate(broken(REFERENCE, 1)));

    CrmJsonException blank =
        readFailure(
            report.replaceFirst("\"message\" : \"[^\"]*\"", "\"message\" : \" \""),
            ValidationReport.class);
    assertThat(blank.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(blank.pointer()).isEqualTo("/findings/0/message");
    assertThat(blank.detail()).contains("Finding.message must not be blank");

    CrmJsonException unknownSeverity =
        readFailure(report.replaceFirst("\"ERROR\"", "\"FATAL\""), ValidationReport.class);
    assertThat(unknownSeverity.pointer()).isEqualTo("/findings/0/severity");

    CrmJsonException tolerance =
        readFailure("{\"phaseDurationTolerance\" : 1.5}", ValidationSettings.class);
    assertThat(tolerance.pointer()).isEqualTo("/phaseDurationTolerance");
    assertThat(tolerance.detail()).contains("must be from 0 to 1, but was 1.5");
  }

  // ---- Forecasts ----

  @Test
  void forecast_ofTheReferencePlan_roundTripsExactly() {
    Forecast forecast = simulator(11, 200).forecast(REFERENCE);

    Forecast back = roundTrip(forecast, Forecast.class);

    assertThat(back.sortedDurations()).isEqualTo(forecast.sortedDurations());
    assertThat(back.criticalityIndices()).containsExactlyEntriesOf(forecast.criticalityIndices());
    assertThat(back.sensitivity()).isEqualTo(forecast.sensitivity());
    assertThat(back.p80()).isEqualTo(forecast.p80());
    assertThat(back.mean()).isEqualTo(forecast.mean());
  }

  @Test
  void forecast_pinned_writesTheStoredPartsOnly() {
    String text = JSON.write(smallForecast());

    assertThat(text).isEqualTo(SMALL_FORECAST);
    assertThat(JSON.read(text, Forecast.class).iterations()).isEqualTo(3);
  }

  @Test
  void forecast_refusesUnsortedDurations_namingTheField() {
    CrmJsonException failure =
        readFailure(
            SMALL_FORECAST.replace("[ 10.0, 12.5, 15.25 ]", "[ 10.0, 15.25, 12.5 ]"),
            Forecast.class);

    assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(failure.pointer()).isEqualTo("/sortedDurations");
    assertThat(failure.detail())
        .isEqualTo(
            "Forecast.sortedDurations must be in ascending order, but was 15.25 before 12.5 at"
                + " index 2");
  }

  @Test
  void forecast_refusesDriversThatDisagreeWithTheIdsOrTheRanking() {
    CrmJsonException stranger =
        readFailure(
            SMALL_FORECAST.replace("\"activityId\" : \"B\"", "\"activityId\" : \"C\""),
            Forecast.class);
    assertThat(stranger.pointer()).isEqualTo("/sensitivity");
    assertThat(stranger.detail()).contains("must name only activities of activityIds, but was 'C'");

    CrmJsonException unranked =
        readFailure(
            SMALL_FORECAST.replace("\"correlation\" : 0.875", "\"correlation\" : -0.5"),
            Forecast.class);
    assertThat(unranked.pointer()).isEqualTo("/sensitivity");
    assertThat(unranked.detail()).contains("must rank the activities by decreasing correlation");

    CrmJsonException fraction =
        readFailure(SMALL_FORECAST.replace("0.6666666666666666", "0.5"), Forecast.class);
    assertThat(fraction.detail()).contains("count whole iterations out of 3");

    CrmJsonException outOfRange =
        readFailure(
            SMALL_FORECAST.replace("\"correlation\" : 0.875", "\"correlation\" : 1.5"),
            Forecast.class);
    assertThat(outOfRange.pointer()).isEqualTo("/sensitivity/0/correlation");
  }

  @Test
  void forecast_refusesNonFiniteAndNonNumericDurations() {
    for (String bad : List.of("\"NaN\"", "\"Infinity\"", "1e400", "null", "\"12.5\"")) {
      CrmJsonException failure =
          readFailure(SMALL_FORECAST.replace("12.5,", bad + ","), Forecast.class);

      assertThat(failure.pointer()).as(bad).isEqualTo("/sortedDurations");
      assertThat(failure.detail()).as(bad).startsWith("expected a finite number");
    }
  }

  @Test
  void forecast_refusesMissingAndNullParts() {
    CrmJsonException missing =
        readFailure(SMALL_FORECAST.replace("\"seed\" : 42,", ""), Forecast.class);
    assertThat(missing.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/seed");
    assertThat(missing.detail()).isEqualTo("required property \"seed\" is missing");

    CrmJsonException nullIds =
        readFailure(SMALL_FORECAST.replace("[ \"A\", \"B\" ]", "null"), Forecast.class);
    assertThat(nullIds.pointer()).isEqualTo("/activityIds");
    assertThat(nullIds.detail()).contains("\"activityIds\" must have a value");

    CrmJsonException nullId =
        readFailure(SMALL_FORECAST.replace("[ \"A\", \"B\" ]", "[ \"A\", null ]"), Forecast.class);
    assertThat(nullId.pointer()).isEqualTo("/activityIds/1");

    CrmJsonException derived =
        readFailure(
            SMALL_FORECAST.replace("\"seed\" : 42,", "\"seed\" : 42, \"iterations\" : 3,"),
            Forecast.class);
    assertThat(derived.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
  }

  @Test
  void histogram_pinnedAndRoundTrip() {
    Histogram histogram = simulator(3, 200).forecast(REFERENCE).histogram(12);
    roundTrip(histogram, Histogram.class);

    assertThat(JSON.write(Histogram.of(List.of(10.0, 12.5, 15.0), List.of(2, 1))))
        .isEqualTo(
            """
            {
              "edges" : [ 10.0, 12.5, 15.0 ],
              "counts" : [ 2, 1 ]
            }""");
    CrmJsonException decreasing =
        readFailure("{\"edges\" : [ 12.5, 10.0 ], \"counts\" : [ 1 ]}", Histogram.class);
    assertThat(decreasing.pointer()).isEqualTo("/edges");
  }

  @Test
  void credibility_roundTrip_andPinned() {
    Credibility credibility = Credibility.of(REFERENCE, TARGET, simulator(5, 200));
    roundTrip(credibility, Credibility.class);

    Credibility small =
        new Credibility(LocalDate.of(2027, 12, 31), 250, 2.0 / 3, 0.75, smallForecast());
    assertThat(JSON.write(small))
        .isEqualTo(
            """
            {
              "schemaVersion" : 1,
              "target" : "2027-12-31",
              "workingDaysAvailable" : 250,
              "monteCarloProbability" : 0.6666666666666666,
              "pertProbability" : 0.75,
              "forecast" : %s
            }"""
                .formatted(SMALL_FORECAST.replace("\n", "\n  ")));
    roundTrip(small, Credibility.class);
  }

  @Test
  void credibility_refusesMissingNullAndNonFiniteComponents() {
    String text =
        JSON.write(
            new Credibility(LocalDate.of(2027, 12, 31), 250, 2.0 / 3, 0.75, smallForecast()));

    CrmJsonException missing =
        readFailure(text.replace("\"pertProbability\" : 0.75,", ""), Credibility.class);
    assertThat(missing.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/pertProbability");

    CrmJsonException nullTarget =
        readFailure(text.replace("\"2027-12-31\"", "null"), Credibility.class);
    assertThat(nullTarget.pointer()).isEqualTo("/target");
    assertThat(nullTarget.detail())
        .isEqualTo("property \"target\" must have a value, but was null");

    CrmJsonException notANumber = readFailure(text.replace("0.75", "\"NaN\""), Credibility.class);
    assertThat(notANumber.pointer()).isEqualTo("/pertProbability");
    assertThat(notANumber.detail())
        .contains("expected a finite number, but found the string \"NaN\"");

    CrmJsonException nestedForecast =
        readFailure(text.replace("[ 10.0, 12.5, 15.25 ]", "[ 15.25, 12.5 ]"), Credibility.class);
    assertThat(nestedForecast.pointer()).isEqualTo("/forecast/sortedDurations");
  }

  @Test
  void nonFiniteFigures_cannotBeWritten() {
    CrmJsonException credibility =
        catchThrowableOfType(
            CrmJsonException.class,
            () -> JSON.write(new Credibility(TARGET, 250, Double.NaN, 0.5, smallForecast())));
    assertThat(credibility.pointer()).isEqualTo("/monteCarloProbability");
    assertThat(credibility.detail()).contains("must be a finite number, but was NaN");

    ScheduledActivity activity = scheduledActivity(Double.POSITIVE_INFINITY);
    CrmJsonException scheduled =
        catchThrowableOfType(CrmJsonException.class, () -> JSON.write(activity));
    assertThat(scheduled.pointer()).isEqualTo("/totalFloat");
    assertThat(scheduled.detail()).contains("must be a finite number, but was Infinity");
  }

  // ---- Estimation ----

  @Test
  void timelineSkeleton_roundTrip_keepsThePhasesInTheMethodsOrder() {
    TimelineSkeleton skeleton =
        SkeletonEstimator.standard().estimate(REFERENCE.context(), METHOD, 3);

    TimelineSkeleton back = roundTrip(skeleton, TimelineSkeleton.class);

    assertThat(back.phases().keySet()).containsExactlyElementsOf(skeleton.phases().keySet());
    assertThat(List.copyOf(skeleton.phases().keySet()))
        .as("the method's order, not sorted")
        .isNotEqualTo(skeleton.phases().keySet().stream().sorted().toList());
  }

  @Test
  void timelineSkeleton_pinned() {
    Map<String, ThreePointEstimate> phases = new LinkedHashMap<>();
    phases.put("STRATEGY", ThreePointEstimate.of(40, 63, 80));
    phases.put("AUDIT", ThreePointEstimate.of(21, 30, 45));
    TimelineSkeleton skeleton =
        new TimelineSkeleton("crm-staged", phases, List.of("CRM-EST-F06-PHASE-RANGES"));

    assertThat(JSON.write(skeleton))
        .isEqualTo(
            """
            {
              "schemaVersion" : 1,
              "methodId" : "crm-staged",
              "phases" : {
                "STRATEGY" : {
                  "optimistic" : 40.0,
                  "mostLikely" : 63.0,
                  "pessimistic" : 80.0
                },
                "AUDIT" : {
                  "optimistic" : 21.0,
                  "mostLikely" : 30.0,
                  "pessimistic" : 45.0
                }
              },
              "rulesApplied" : [ "CRM-EST-F06-PHASE-RANGES" ]
            }""");
  }

  @Test
  void timelineSkeleton_refusesNullsAndBrokenEstimates() {
    String text = JSON.write(SkeletonEstimator.standard().estimate(REFERENCE.context(), METHOD, 2));

    CrmJsonException nullPhase =
        readFailure(
            text.replaceFirst("\"phases\" : \\{", "\"phases\" : { \"EXTRA\" : null,"),
            TimelineSkeleton.class);
    assertThat(nullPhase.pointer()).isEqualTo("/phases/EXTRA");

    CrmJsonException nullRule =
        readFailure(
            text.replaceFirst("\"rulesApplied\" : \\[", "\"rulesApplied\" : [ null,"),
            TimelineSkeleton.class);
    assertThat(nullRule.pointer()).isEqualTo("/rulesApplied/0");

    CrmJsonException missing =
        readFailure(
            text.replaceFirst("\"methodId\" : \"crm-staged\",", ""), TimelineSkeleton.class);
    assertThat(missing.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/methodId");

    CrmJsonException estimate =
        readFailure(
            text.replaceFirst("\"optimistic\" : [0-9.]+", "\"optimistic\" : 1000.0"),
            TimelineSkeleton.class);
    assertThat(estimate.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(estimate.pointer()).startsWith("/phases/STRATEGY");
  }

  @Test
  void whatIf_roundTrip_andItsPropertyNames() {
    WhatIf whatIf =
        WhatIf.addLot(
            REFERENCE.context(), METHOD, 2, SkeletonEstimator.standard(), simulator(9, 200));

    roundTrip(whatIf, WhatIf.class);

    String text = JSON.write(whatIf);
    assertThat(propertyNames(text))
        .containsExactly(
            "schemaVersion", "change", "before", "after", "beforeForecast", "afterForecast");
    JsonNode tree = JSON.mapper().readTree(text);
    assertThat(tree.get("change").asString()).isEqualTo("one more lot (3 instead of 2)");

    CrmJsonException missing =
        readFailure(text.replaceFirst("\"change\" : \"[^\"]*\",", ""), WhatIf.class);
    assertThat(missing.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/change");
  }

  // ---- Schedules: a scheduled activity on its own ----

  private static ScheduledActivity scheduledActivity(double totalFloat) {
    Activity activity =
        Activity.builder()
            .id("L1-CONF")
            .name("Configure lot 1")
            .kind(ActivityKind.OTHER)
            .estimate(ThreePointEstimate.of(8, 10, 15))
            .addDependencies(Dependency.on("P-GATE"))
            .build();
    return new ScheduledActivity(
        activity,
        10,
        120,
        130,
        122.5,
        132.5,
        totalFloat,
        0,
        false,
        LocalDate.of(2027, 6, 21),
        LocalDate.of(2027, 7, 2),
        LocalDate.of(2027, 6, 23),
        LocalDate.of(2027, 7, 6));
  }

  @Test
  void scheduledActivity_pinned_andRoundTrip() {
    ScheduledActivity activity = scheduledActivity(2.5);
    String text = JSON.write(activity);

    assertThat(propertyNames(text))
        .containsExactly(
            "activity",
            "duration",
            "earlyStart",
            "earlyFinish",
            "lateStart",
            "lateFinish",
            "totalFloat",
            "freeFloat",
            "critical",
            "earlyStartDate",
            "earlyFinishDate",
            "lateStartDate",
            "lateFinishDate");
    assertThat(text)
        .endsWith(
            """
              "duration" : 10.0,
              "earlyStart" : 120.0,
              "earlyFinish" : 130.0,
              "lateStart" : 122.5,
              "lateFinish" : 132.5,
              "totalFloat" : 2.5,
              "freeFloat" : 0.0,
              "critical" : false,
              "earlyStartDate" : "2027-06-21",
              "earlyFinishDate" : "2027-07-02",
              "lateStartDate" : "2027-06-23",
              "lateFinishDate" : "2027-07-06"
            }""");
    assertThat(JSON.mapper().readTree(text).get("activity").get("id").asString())
        .isEqualTo("L1-CONF");
    roundTrip(activity, ScheduledActivity.class);

    CrmJsonException missing =
        readFailure(text.replace("\"critical\" : false,", ""), ScheduledActivity.class);
    assertThat(missing.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/critical");
    CrmJsonException badDate =
        readFailure(text.replace("\"2027-07-02\"", "\"02/07/2027\""), ScheduledActivity.class);
    assertThat(badDate.pointer()).isEqualTo("/earlyFinishDate");
  }

  // ---- Schedules ----

  private static Schedule schedule(EstimatePoint point) {
    return Scheduler.builder().estimatePoint(point).build().schedule(REFERENCE);
  }

  @Test
  void schedules_ofTheReferencePlan_roundTrip_atEveryEstimatePoint() {
    for (EstimatePoint point : EstimatePoint.values()) {
      Schedule schedule = schedule(point);

      Schedule back = roundTrip(schedule, Schedule.class);

      assertThat(back.estimatePoint()).isEqualTo(point);
      assertThat(back.activities()).containsExactlyElementsOf(schedule.activities());
      assertThat(back.finishDate()).isEqualTo(schedule.finishDate());
      assertThat(back.criticalPath()).isEqualTo(schedule.criticalPath());
    }
  }

  @Test
  void schedule_nestsThePlanAndTheCalendarInTheirOwnFormats() {
    Schedule schedule = schedule(EstimatePoint.PERT_MEAN);
    String text = JSON.write(schedule);
    JsonNode tree = JSON.mapper().readTree(text);

    assertThat(propertyNames(text))
        .containsExactly("schemaVersion", "plan", "estimatePoint", "calendar", "activities");
    assertThat(tree.get("estimatePoint").asString()).isEqualTo("PERT_MEAN");
    assertThat(tree.get("plan")).isEqualTo(JSON.mapper().readTree(JSON.write(REFERENCE)));
    WorkingCalendar calendar = Calendars.byId(REFERENCE.context().calendar()).orElseThrow();
    assertThat(tree.get("calendar")).isEqualTo(JSON.mapper().readTree(JSON.write(calendar)));
    assertThat(tree.get("activities")).hasSize(REFERENCE.activities().size());
    assertThat(tree.get("activities").get(0))
        .isEqualTo(JSON.mapper().readTree(JSON.write(schedule.activities().get(0))));
  }

  @Test
  void schedule_refusesActivitiesThatDoNotMatchItsPlan_namingTheField() {
    Schedule schedule = schedule(EstimatePoint.MOST_LIKELY);
    String text = JSON.write(schedule);
    ScheduledActivity first = schedule.activities().get(0);

    CrmJsonException moved =
        readFailure(
            text.replaceFirst("\"earlyStart\" : 0.0", "\"earlyStart\" : 1.0"), Schedule.class);
    assertThat(moved.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(moved.pointer()).isEqualTo("/activities/0/earlyStart");
    assertThat(moved.detail())
        .isEqualTo(
            "Schedule.activities.0.earlyStart must be 0.0, as the plan schedules activity '"
                + first.id()
                + "', but was 1.0");

    CrmJsonException otherPoint =
        readFailure(text.replace("\"MOST_LIKELY\"", "\"PESSIMISTIC\""), Schedule.class);
    assertThat(otherPoint.pointer()).startsWith("/activities/");
    assertThat(otherPoint.detail()).contains("as the plan schedules activity");

    JsonNode tree = JSON.mapper().readTree(text);
    ((ArrayNode) tree.get("activities")).remove(5);
    CrmJsonException dropped = readFailure(tree.toString(), Schedule.class);
    assertThat(dropped.pointer()).isEqualTo("/activities");
    assertThat(dropped.detail())
        .isEqualTo(
            "Schedule.activities must hold one entry for each of the plan's "
                + REFERENCE.activities().size()
                + " activities, but was "
                + (REFERENCE.activities().size() - 1)
                + " entries");

    String otherDates =
        text.replace(
            "\"earlyFinishDate\" : \"" + first.earlyFinishDate() + "\"",
            "\"earlyFinishDate\" : \"" + first.earlyFinishDate().plusDays(1) + "\"");
    assertThat(readFailure(otherDates, Schedule.class).pointer())
        .isEqualTo("/activities/0/earlyFinishDate");
  }

  @Test
  void schedule_refusesAnActivityEditedBesideItsPlan() {
    Schedule schedule = schedule(EstimatePoint.MOST_LIKELY);
    JsonNode tree = JSON.mapper().readTree(JSON.write(schedule));
    ((ObjectNode) tree.get("activities").get(2).get("activity"))
        .put("name", "Renamed in the schedule only");

    CrmJsonException failure = readFailure(tree.toString(), Schedule.class);

    assertThat(failure.pointer()).isEqualTo("/activities/2/activity");
    assertThat(failure.detail())
        .contains("must be the plan's activity '" + schedule.activities().get(2).id() + "'");
  }

  @Test
  void schedule_refusesMissingParts() {
    JsonNode tree = JSON.mapper().readTree(JSON.write(schedule(EstimatePoint.MOST_LIKELY)));
    ((ObjectNode) tree).remove("calendar");

    CrmJsonException failure = readFailure(tree.toString(), Schedule.class);

    assertThat(failure.problem()).isEqualTo(Problem.MISSING_PROPERTY);
    assertThat(failure.pointer()).isEqualTo("/calendar");
  }

  // ---- PERT ----

  @Test
  void pertAnalysis_roundTrips_asItsPlanWithCheckedFigures() {
    PertAnalysis pert = PertAnalysis.of(REFERENCE);

    PertAnalysis back = roundTrip(pert, PertAnalysis.class);

    String text = JSON.write(pert);
    assertThat(propertyNames(text))
        .containsExactly("schemaVersion", "plan", "meanWorkingDays", "variance", "criticalPath");
    JsonNode tree = JSON.mapper().readTree(text);
    assertThat(tree.get("plan")).isEqualTo(JSON.mapper().readTree(JSON.write(REFERENCE)));
    assertThat(tree.get("meanWorkingDays").doubleValue()).isEqualTo(pert.meanWorkingDays());
    assertThat(tree.get("variance").doubleValue()).isEqualTo(pert.variance());
    assertThat(back.criticalPath()).isEqualTo(pert.criticalPath());
    assertThat(back.percentile(80)).isEqualTo(pert.percentile(80));
  }

  @Test
  void pertAnalysis_refusesFiguresItsPlanDoesNotGive() {
    PertAnalysis pert = PertAnalysis.of(REFERENCE);
    JsonNode tree = JSON.mapper().readTree(JSON.write(pert));

    ((ObjectNode) tree).put("variance", pert.variance() + 1);
    CrmJsonException variance = readFailure(tree.toString(), PertAnalysis.class);
    assertThat(variance.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(variance.pointer()).isEqualTo("/variance");
    assertThat(variance.detail()).startsWith("PertAnalysis.variance must be " + pert.variance());

    ((ObjectNode) tree).put("variance", pert.variance());
    ((ArrayNode) tree.get("criticalPath")).remove(0);
    CrmJsonException path = readFailure(tree.toString(), PertAnalysis.class);
    assertThat(path.pointer()).isEqualTo("/criticalPath");

    ((ObjectNode) tree).put("meanWorkingDays", "NaN");
    assertThat(readFailure(tree.toString(), PertAnalysis.class).pointer())
        .isEqualTo("/meanWorkingDays");
  }
}
