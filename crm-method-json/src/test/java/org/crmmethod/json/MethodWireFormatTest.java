package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.json.MethodSamples.COMPACT;
import static org.crmmethod.json.MethodSamples.INDENTED;
import static org.crmmethod.json.MethodSamples.assertRoundTrips;

import java.util.stream.Stream;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format of methods, readiness questionnaires and working calendars: the built-in ones
 * survive a round trip unchanged, a method document opens with its schema version, and two pinned
 * documents fix the property names and shapes so that the format cannot change unnoticed.
 */
class MethodWireFormatTest {

  /** Every attribute of every method type, in the order and shape the format defines. */
  private static final String EVERY_ATTRIBUTE_METHOD =
      """
      {
        "schemaVersion" : 1,
        "id" : "tiny",
        "name" : "Tiny method",
        "version" : "1.0",
        "approach" : "CLASSIC",
        "description" : "Prepare, then roll out one lot.",
        "phases" : [ {
          "id" : "PREPARE",
          "name" : "Preparation",
          "objective" : "Write the specification.",
          "typicalDuration" : {
            "minimum" : 1.0,
            "maximum" : 2.5,
            "unit" : "MONTHS"
          },
          "extensible" : true,
          "decisive" : true,
          "activityKinds" : [ "FUNCTIONAL_SPECIFICATION", "GAP_ANALYSIS" ],
          "requiredDeliverables" : [ "SPEC" ],
          "exitGate" : "SPEC_OK",
          "involvedRoles" : [ "PM", "USER" ],
          "teamNorms" : [ {
            "purpose" : "SPECIFICATION",
            "minimumSize" : 6,
            "maximumSize" : 12,
            "requiredRoles" : [ "USER" ],
            "facts" : [ "F08" ]
          } ],
          "runsLots" : false,
          "facts" : [ "F08" ]
        }, {
          "id" : "ROLLOUT",
          "name" : "Rollout",
          "objective" : "Roll out the lot.",
          "typicalDuration" : {
            "minimum" : 3.0,
            "maximum" : 3.0,
            "unit" : "WEEKS"
          },
          "extensible" : false,
          "decisive" : false,
          "activityKinds" : [ "CONFIGURATION" ],
          "requiredDeliverables" : [ "SPEC" ],
          "exitGate" : "SPEC_OK",
          "involvedRoles" : [ "PM" ],
          "teamNorms" : [ ],
          "mayLoopBackTo" : "PREPARE",
          "reopeningsReportTo" : "PM",
          "runsLots" : true,
          "facts" : [ "F09", "F14" ]
        } ],
        "deliverableTypes" : [ {
          "id" : "SPEC",
          "name" : "Specification",
          "description" : "What the CRM must do.",
          "producedBy" : "PM",
          "approvedBy" : [ "USER" ],
          "requiredSections" : [ "GAP_ANALYSIS" ],
          "prerequisites" : [ "CHARTER" ],
          "facts" : [ "F08" ]
        }, {
          "id" : "CHARTER",
          "name" : "Charter",
          "description" : "Why the project exists.",
          "producedBy" : "PM",
          "approvedBy" : [ ],
          "requiredSections" : [ ],
          "prerequisites" : [ ],
          "facts" : [ ]
        } ],
        "roles" : [ {
          "id" : "PM",
          "name" : "Project manager",
          "description" : "Runs the project."
        }, {
          "id" : "USER",
          "name" : "Key user",
          "description" : "Knows the work."
        } ],
        "gates" : [ {
          "id" : "SPEC_OK",
          "name" : "Specification approved",
          "description" : "The specification is signed.",
          "requiredDeliverables" : [ "SPEC" ],
          "approvingRole" : "USER",
          "perLot" : true,
          "facts" : [ "F08" ]
        } ],
        "lotTemplate" : {
          "parallelWorkstreams" : [ "CONFIGURATION", "TESTS" ],
          "optionalWorkstreams" : [ "TESTS" ],
          "workstreamDuration" : {
            "minimum" : 4.0,
            "maximum" : 8.0,
            "unit" : "WEEKS"
          },
          "steps" : [ {
            "kind" : "PRE_ACCEPTANCE",
            "description" : "Key users test the lot.",
            "typicalDuration" : {
              "minimum" : 1.0,
              "maximum" : 2.0,
              "unit" : "WORKING_DAYS"
            },
            "facts" : [ "F16" ]
          } ],
          "minimumRealUseWeeks" : 4,
          "facts" : [ "F14" ]
        },
        "timelineNorms" : {
          "nominalMonths" : 12.0,
          "credibleMinimumMonths" : 9.5,
          "physicalDeploymentOnlyDays" : 90,
          "facts" : [ "F11" ]
        },
        "facts" : [ "F05", "F11" ]
      }""";

  /** A user-defined calendar: rules, not computed days; month-days and dates in ISO-8601. */
  private static final String USER_CALENDAR =
      """
      {
        "id" : "shop-6d",
        "name" : "Shop floor, Monday to Saturday",
        "workingDays" : [ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY" ],
        "fixedHolidays" : [ "--12-25", "--02-29" ],
        "easterHolidays" : [ -2, 1 ],
        "holidays" : [ "2027-08-16", "2026-12-31" ]
      }""";

  static Stream<Arguments> catalogueMethods() {
    return MethodSamples.catalogueMethods().stream().map(method -> Arguments.of(method.id(), method));
  }

  static Stream<Arguments> calendars() {
    return MethodSamples.calendars().stream()
        .map(calendar -> Arguments.of(calendar.id(), calendar));
  }

  // --- methods ---

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueMethods")
  void catalogueMethod_roundTrips(String id, Method method) {
    assertRoundTrips(method, Method.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueMethods")
  void catalogueMethod_opensWithSchemaVersion(String id, Method method) {
    assertThat(INDENTED.write(method)).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : ");
    assertThat(COMPACT.write(method)).startsWith("{\"schemaVersion\":1,\"id\":");
  }

  @Test
  void method_writtenAsPinned() {
    assertThat(INDENTED.write(MethodSamples.everyAttributeMethod()))
        .isEqualTo(EVERY_ATTRIBUTE_METHOD);
  }

  @Test
  void pinnedMethod_read() {
    assertThat(INDENTED.read(EVERY_ATTRIBUTE_METHOD, Method.class))
        .isEqualTo(MethodSamples.everyAttributeMethod());
    assertRoundTrips(MethodSamples.everyAttributeMethod(), Method.class);
  }

  @Test
  void methodParts_carryNoSchemaVersion() {
    Method method = MethodSamples.everyAttributeMethod();
    assertThat(INDENTED.write(method.phases().get(0))).doesNotContain("schemaVersion");
    assertThat(INDENTED.write(method.lotTemplate().orElseThrow())).doesNotContain("schemaVersion");
    assertThat(INDENTED.write(MethodSamples.userCalendar())).doesNotContain("schemaVersion");
    assertThat(INDENTED.write(ReadinessCatalogue.questionnaire())).doesNotContain("schemaVersion");
  }

  @Test
  void schemaVersion_readAnywhereInTheDocument() {
    String last =
        EVERY_ATTRIBUTE_METHOD
            .replace("  \"schemaVersion\" : 1,\n", "")
            .replace("\"facts\" : [ \"F05\", \"F11\" ]\n}", "\"facts\" : [ \"F05\", \"F11\" ],\n  \"schemaVersion\" : 1\n}");
    assertThat(last).isNotEqualTo(EVERY_ATTRIBUTE_METHOD).endsWith("\"schemaVersion\" : 1\n}");
    assertThat(INDENTED.read(last, Method.class)).isEqualTo(MethodSamples.everyAttributeMethod());
  }

  @Test
  void schemaVersion_required() {
    String without = EVERY_ATTRIBUTE_METHOD.replace("  \"schemaVersion\" : 1,\n", "");
    assertThatThrownBy(() -> INDENTED.read(without, Method.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
              assertThat(failure.pointer()).isEqualTo("/schemaVersion");
            });
  }

  @Test
  void defaults_andOptionals_mayBeLeftOut() {
    String sparse =
        EVERY_ATTRIBUTE_METHOD
            .replace("    \"extensible\" : true,\n", "")
            .replace("    \"runsLots\" : true,\n", "")
            .replace("    \"perLot\" : true,\n", "")
            .replace("    \"mayLoopBackTo\" : \"PREPARE\",\n", "");
    Method method = INDENTED.read(sparse, Method.class);
    PhaseTemplate prepare = method.phases().get(0);
    PhaseTemplate rollout = method.phases().get(1);
    QualityGate gate = method.gates().get(0);
    assertThat(prepare.extensible()).isFalse();
    assertThat(prepare.decisive()).isTrue();
    assertThat(rollout.runsLots()).isFalse();
    assertThat(rollout.mayLoopBackTo()).isEmpty();
    assertThat(rollout.reopeningsReportTo()).contains("PM");
    assertThat(gate.perLot()).isFalse();
  }

  @Test
  void wholeNumbers_readAsDurations() {
    DurationRange range =
        INDENTED.read(
            "{\"minimum\" : 1, \"maximum\" : 2, \"unit\" : \"MONTHS\"}", DurationRange.class);
    assertThat(range).isEqualTo(DurationRange.of(1, 2, DurationUnit.MONTHS));
    assertThat(INDENTED.write(range))
        .isEqualTo("{\n  \"minimum\" : 1.0,\n  \"maximum\" : 2.0,\n  \"unit\" : \"MONTHS\"\n}");
  }

  @Test
  void missingAttribute_pointsAtIt() {
    String nameless = EVERY_ATTRIBUTE_METHOD.replace("    \"name\" : \"Rollout\",\n", "");
    assertThatThrownBy(() -> INDENTED.read(nameless, Method.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.MISSING_PROPERTY);
              assertThat(failure.pointer()).isEqualTo("/phases/1/name");
            });
  }

  @Test
  void builderMethods_areNotProperties() {
    String adder =
        EVERY_ATTRIBUTE_METHOD.replace(
            "\"facts\" : [ \"F05\", \"F11\" ]", "\"facts\" : [ ],\n  \"addFact\" : \"F05\"");
    assertThatThrownBy(() -> INDENTED.read(adder, Method.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(failure.pointer()).isEqualTo("/addFact");
            });
    String derived =
        EVERY_ATTRIBUTE_METHOD.replace(
            "  \"facts\" : [ \"F05\", \"F11\" ]",
            "  \"facts\" : [ ],\n  \"typicalDuration\" : { }");
    assertThatThrownBy(() -> INDENTED.read(derived, Method.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> assertThat(failure.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY));
  }

  @Test
  void enums_readByExactName() {
    String lowerCase = EVERY_ATTRIBUTE_METHOD.replace("\"CLASSIC\"", "\"classic\"");
    assertThatThrownBy(() -> INDENTED.read(lowerCase, Method.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/approach");
            });
  }

  // --- calendars ---

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void calendar_roundTrips(String id, WorkingCalendar calendar) {
    assertRoundTrips(calendar, WorkingCalendar.class);
  }

  @Test
  void userCalendar_writtenAsPinned() {
    assertThat(INDENTED.write(MethodSamples.userCalendar())).isEqualTo(USER_CALENDAR);
    assertThat(INDENTED.read(USER_CALENDAR, WorkingCalendar.class))
        .isEqualTo(MethodSamples.userCalendar());
  }

  @Test
  void calendar_impossibleMonthDayRefused() {
    String february30 =
        "{\"id\" : \"x\", \"name\" : \"x\", \"workingDays\" : [ \"MONDAY\" ],"
            + " \"fixedHolidays\" : [ \"--02-30\" ]}";
    assertThatThrownBy(() -> INDENTED.read(february30, WorkingCalendar.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/fixedHolidays/0");
            });
  }

  // --- readiness ---

  @Test
  void readinessQuestionnaire_roundTrips() {
    ReadinessQuestionnaire questionnaire = ReadinessCatalogue.questionnaire();
    String text = assertRoundTrips(questionnaire, ReadinessQuestionnaire.class);
    assertThat(text).startsWith("{\n  \"id\" : \"" + ReadinessCatalogue.ID + "\",\n  \"name\" : ");
    for (ReadinessQuestion question : questionnaire.questions()) {
      assertRoundTrips(question, ReadinessQuestion.class);
    }
  }

  @Test
  void readinessQuestion_shape() {
    ReadinessQuestion question = ReadinessCatalogue.questionnaire().questions().get(0);
    assertThat(COMPACT.write(question))
        .startsWith("{\"id\":\"" + question.id() + "\",\"group\":\"STRATEGY\",\"text\":")
        .contains(",\"blocks\":[")
        .endsWith("]}");
  }
}
