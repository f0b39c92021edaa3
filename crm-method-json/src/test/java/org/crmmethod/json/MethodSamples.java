package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.LotRollout;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.organisation.TeamPurpose;

/** Methods, calendars and checks shared by the wire-format tests of the method side. */
final class MethodSamples {
  /** The indented writer every round trip goes through first. */
  static final CrmJson INDENTED = CrmJson.standard();

  /** The one-line writer, to check that the layout does not change what is read. */
  static final CrmJson COMPACT = CrmJson.builder().indent(false).build();

  private MethodSamples() {}

  /**
   * Lists every method the library ships, each once: the staged method (which {@link
   * PlanGenerator} also follows) and both forms of the lot rollout.
   *
   * @return the catalogue methods
   */
  static List<Method> catalogueMethods() {
    return List.of(
        StagedMethod.definition(),
        PlanGenerator.minimal().method(),
        LotRollout.classic(),
        LotRollout.differentiating());
  }

  /**
   * A small method in which every attribute of every method type holds a value: every optional is
   * present and every collection has an element, so that its document names each property once.
   *
   * @return the method
   */
  static Method everyAttributeMethod() {
    return Method.builder()
        .id("tiny")
        .name("Tiny method")
        .version("1.0")
        .approach(Approach.CLASSIC)
        .description("Prepare, then roll out one lot.")
        .addPhases(
            PhaseTemplate.builder()
                .id("PREPARE")
                .name("Preparation")
                .objective("Write the specification.")
                .typicalDuration(DurationRange.of(1, 2.5, DurationUnit.MONTHS))
                .extensible(true)
                .decisive(true)
                .addActivityKinds(ActivityKind.FUNCTIONAL_SPECIFICATION, ActivityKind.GAP_ANALYSIS)
                .addRequiredDeliverables("SPEC")
                .exitGate("SPEC_OK")
                .addInvolvedRoles("PM", "USER")
                .addTeamNorms(
                    TeamNorm.builder()
                        .purpose(TeamPurpose.SPECIFICATION)
                        .minimumSize(6)
                        .maximumSize(12)
                        .addRequiredRoles("USER")
                        .addFacts(MethodFact.F08)
                        .build())
                .addFacts(MethodFact.F08)
                .build(),
            PhaseTemplate.builder()
                .id("ROLLOUT")
                .name("Rollout")
                .objective("Roll out the lot.")
                .typicalDuration(DurationRange.about(3, DurationUnit.WEEKS))
                .addActivityKinds(ActivityKind.CONFIGURATION)
                .addRequiredDeliverables("SPEC")
                .exitGate("SPEC_OK")
                .addInvolvedRoles("PM")
                .mayLoopBackTo("PREPARE")
                .reopeningsReportTo("PM")
                .runsLots(true)
                .addFacts(MethodFact.F09, MethodFact.F14)
                .build())
        .addDeliverableTypes(
            DeliverableType.builder()
                .id("SPEC")
                .name("Specification")
                .description("What the CRM must do.")
                .producedBy("PM")
                .addApprovedBy("USER")
                .addRequiredSections("GAP_ANALYSIS")
                .addPrerequisites("CHARTER")
                .addFacts(MethodFact.F08)
                .build(),
            DeliverableType.builder()
                .id("CHARTER")
                .name("Charter")
                .description("Why the project exists.")
                .producedBy("PM")
                .build())
        .addRoles(Role.of("PM", "Project manager", "Runs the project."))
        .addRoles(Role.of("USER", "Key user", "Knows the work."))
        .addGates(
            QualityGate.builder()
                .id("SPEC_OK")
                .name("Specification approved")
                .description("The specification is signed.")
                .addRequiredDeliverables("SPEC")
                .approvingRole("USER")
                .perLot(true)
                .addFacts(MethodFact.F08)
                .build())
        .lotTemplate(
            LotTemplate.builder()
                .addParallelWorkstreams(WorkstreamKind.CONFIGURATION, WorkstreamKind.TESTS)
                .addOptionalWorkstreams(WorkstreamKind.TESTS)
                .workstreamDuration(DurationRange.of(4, 8, DurationUnit.WEEKS))
                .addSteps(
                    LotStepTemplate.builder()
                        .kind(ActivityKind.PRE_ACCEPTANCE)
                        .description("Key users test the lot.")
                        .typicalDuration(DurationRange.of(1, 2, DurationUnit.WORKING_DAYS))
                        .addFacts(MethodFact.F16)
                        .build())
                .minimumRealUseWeeks(4)
                .addFacts(MethodFact.F14)
                .build())
        .timelineNorms(
            TimelineNorms.builder()
                .nominalMonths(12)
                .credibleMinimumMonths(9.5)
                .physicalDeploymentOnlyDays(90)
                .addFacts(MethodFact.F11)
                .build())
        .addFacts(MethodFact.F05, MethodFact.F11)
        .build();
  }

  /**
   * Lists the built-in calendars and a user-defined one that works Saturdays and has every kind of
   * holiday, February 29 and an offset before Easter included.
   *
   * @return the calendars
   */
  static List<WorkingCalendar> calendars() {
    return List.of(Calendars.france(), Calendars.generic(), userCalendar());
  }

  /**
   * A calendar of the kind a user defines: six working days, a leap-day holiday, Good Friday and
   * Easter Monday, and two one-off closures.
   *
   * @return the calendar
   */
  static WorkingCalendar userCalendar() {
    return WorkingCalendar.builder()
        .id("shop-6d")
        .name("Shop floor, Monday to Saturday")
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY))
        .addFixedHoliday(MonthDay.of(12, 25))
        .addFixedHoliday(MonthDay.of(2, 29))
        .addEasterHoliday(-2)
        .addEasterHoliday(1)
        .addHoliday(LocalDate.of(2027, 8, 16))
        .addHoliday(LocalDate.of(2026, 12, 31))
        .build();
  }

  /**
   * Checks both round-trip laws on a value: reading what was written gives an equal value, and
   * writing that value again gives the very same text. The one-line layout reads back equal too.
   *
   * @param value the value
   * @param type the type to read it as
   * @param <T> the type
   * @return the indented document, for further checks
   */
  static <T> String assertRoundTrips(T value, Class<T> type) {
    String text = INDENTED.write(value);
    T again = INDENTED.read(text, type);
    assertThat(again).isEqualTo(value);
    assertThat(INDENTED.write(again)).isEqualTo(text);

    String line = COMPACT.write(value);
    assertThat(line).doesNotContain("\n");
    T fromLine = COMPACT.read(line, type);
    assertThat(fromLine).isEqualTo(value);
    assertThat(COMPACT.write(fromLine)).isEqualTo(line);
    return text;
  }
}
