package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class ValidationContextTest {
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();
  private static final ValidationContext CONTEXT =
      new ValidationContext(PLAN, StagedMethod.definition(), ValidationSettings.defaults());

  @Test
  void pathOf_namesPhaseActivitiesWorkstreamsAndSteps() {
    assertThat(CONTEXT.pathOf("S-OBJ")).isEqualTo("phases[STRATEGY].activities[S-OBJ]");
    assertThat(CONTEXT.pathOf("L2-CONF")).isEqualTo("lots[LOT-2].workstreams[L2-CONF]");
    assertThat(CONTEXT.pathOf("L1-PRE")).isEqualTo("lots[LOT-1].preAcceptance.activity");
    assertThat(CONTEXT.pathOf("L1-TRAIN")).isEqualTo("lots[LOT-1].training.activity");
    assertThat(CONTEXT.pathOf("L1-CUT")).isEqualTo("lots[LOT-1].cutOver.activity");
    assertThat(CONTEXT.pathOf("L1-CARE")).isEqualTo("lots[LOT-1].hypercare.activity");
    assertThat(CONTEXT.pathOf("L2-FINAL")).isEqualTo("lots[LOT-2].finalAcceptance.activity");
    assertThat(CONTEXT.pathOf("NOWHERE")).isEmpty();
  }

  @Test
  void activities_inPlanOrder() {
    assertThat(CONTEXT.activities()).containsExactlyElementsOf(PLAN.activities());
    assertThat(CONTEXT.activity("P-GAP")).map(a -> a.kind()).contains(ActivityKind.GAP_ANALYSIS);
    assertThat(CONTEXT.activity("NOWHERE")).isEmpty();
    assertThat(CONTEXT.activitiesOfKind(ActivityKind.TRAINING)).extracting(a -> a.id()).containsExactly("L1-TRAIN", "L2-TRAIN");
  }

  @Test
  void phaseOfAndLotOf() {
    assertThat(CONTEXT.phaseOf("A-INT")).map(Phase::id).contains(StagedMethod.AUDIT);
    assertThat(CONTEXT.phaseOf("L1-CUT")).map(Phase::id).contains(StagedMethod.DEPLOYMENT);
    assertThat(CONTEXT.lotOf("L1-CUT")).map(Lot::id).contains(PharmaReferencePlan.LOT_ANALYTICAL);
    assertThat(CONTEXT.lotOf("A-INT")).isEmpty();
    assertThat(CONTEXT.phaseOf("NOWHERE")).isEmpty();
    assertThat(CONTEXT.phasePlanning(ActivityKind.GAP_ANALYSIS)).map(Phase::id).contains(StagedMethod.SPECIFICATION);
    assertThat(CONTEXT.phasePlanning(ActivityKind.OTHER)).isEmpty();
  }

  @Test
  void earlyDates_followTheDependencies() {
    // S-OBJ lasts 20 days and S-MKT follows it; S-BUD follows S-MKT (30 days).
    assertThat(CONTEXT.earlyStart("S-OBJ")).hasValue(0);
    assertThat(CONTEXT.earlyStart("S-MKT")).hasValue(20);
    assertThat(CONTEXT.earlyFinish("S-BUD")).hasValue(60);
    assertThat(CONTEXT.isScheduled()).isTrue();
    assertThat(CONTEXT.plannedDuration().getAsDouble()).isBetween(10 * 21.0, 14 * 21.0);
    assertThat(CONTEXT.latestFinish(List.of())).isEmpty();
    assertThat(CONTEXT.earlyStart("NOWHERE")).isEmpty();
  }

  @Test
  void earlyDates_absentWhenTheDependenciesCycle() {
    ProjectPlan cyclic = PlanBreakers.byRule().get(BuiltInRules.NO_DEPENDENCY_CYCLE).apply().apply(PLAN);
    ValidationContext context = new ValidationContext(cyclic, StagedMethod.definition(), ValidationSettings.defaults());

    assertThat(context.isScheduled()).isFalse();
    assertThat(context.earlyStart("S-OBJ")).isEmpty();
    assertThat(context.plannedDuration()).isEmpty();
    assertThat(context.dependencyCycles()).isNotEmpty();
  }

  @Test
  void stakeholdersAndDeliverables() {
    assertThat(CONTEXT.holdsRole("CEO", MethodRoles.GENERAL_MANAGEMENT)).isTrue();
    assertThat(CONTEXT.holdsRole("PM", MethodRoles.GENERAL_MANAGEMENT)).isFalse();
    assertThat(CONTEXT.holdsRole("NOBODY", MethodRoles.GENERAL_MANAGEMENT)).isFalse();
    assertThat(CONTEXT.anyHoldsRole(java.util.Set.of("PM", "CEO"), java.util.Set.of(MethodRoles.GENERAL_MANAGEMENT))).isTrue();
    assertThat(CONTEXT.deliverablesOfType(MethodDeliverables.IMPORT_REPORT)).hasSize(2);
    assertThat(CONTEXT.deliverablesOfType("NONE")).isEmpty();
  }

  @Test
  void minimumRealUseWeeks_fromSettingsElseMethod() {
    assertThat(CONTEXT.minimumRealUseWeeks()).isEqualTo(4);
    ValidationContext six =
        new ValidationContext(PLAN, StagedMethod.definition(), ValidationSettings.builder().minimumRealUseWeeks(6).build());
    assertThat(six.minimumRealUseWeeks()).isEqualTo(6);
  }

  @Test
  void minimumRealUseWeeks_configuredLongerFlagsTheReferencePlan() {
    Validator strict = Validator.builder().addBuiltInRules().settings(ValidationSettings.builder().minimumRealUseWeeks(8).build()).build();

    assertThat(strict.validate(PLAN, StagedMethod.definition()).byRule(BuiltInRules.ACCEPTANCE_AFTER_REAL_USE)).hasSize(2);
  }

  @Test
  void settings_rejectBadValues() {
    assertThatThrownBy(() -> ValidationSettings.builder().minimumRealUseWeeks(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ValidationSettings.minimumRealUseWeeks must be at least 1, but was 0");
    assertThatThrownBy(() -> ValidationSettings.builder().hypercareStartWithinDays(-1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ValidationSettings.hypercareStartWithinDays must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> ValidationSettings.builder().longestPlausibleDays(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("ValidationSettings.longestPlausibleDays must be finite and > 0, but was Infinity");
  }

  @Test
  void workingDaysUntil_countsOnThePlansCalendar() {
    // The reference plan starts on Monday 4 January 2027 and runs on the French calendar.
    assertThat(CONTEXT.workingDaysUntil(PharmaReferencePlan.START)).isZero();
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.of(2027, 1, 11))).isEqualTo(5);
    // Easter Monday (29 March 2027) is a holiday: working day 60 falls on the Tuesday.
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.of(2027, 3, 29))).isEqualTo(60);
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.of(2027, 3, 30))).isEqualTo(60);
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.of(2027, 3, 31))).isEqualTo(61);
    // Before the start, minus the working days in between: Friday 1 January is a holiday.
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.of(2026, 12, 28))).isEqualTo(-4);
  }

  @Test
  void workingDaysUntil_unknownCalendarAndFarDates() {
    ProjectPlan elsewhere =
        ProjectPlan.builder().from(PLAN)
            .context(org.crmmethod.core.plan.ProjectContext.builder().from(PLAN.context()).calendar("MARS").build())
            .build();
    ValidationContext context = new ValidationContext(elsewhere, StagedMethod.definition(), ValidationSettings.defaults());
    // Monday to Friday without holidays: 1 January 2027 would count.
    assertThat(context.workingDaysUntil(java.time.LocalDate.of(2026, 12, 28))).isEqualTo(-5);
    assertThat(context.workingDaysUntil(java.time.LocalDate.of(2027, 3, 30))).isEqualTo(61);
    // Far away, five working days in seven.
    java.time.LocalDate far = PharmaReferencePlan.START.plusDays(700_000);
    assertThat(CONTEXT.workingDaysUntil(far)).isEqualTo(500_000);
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.MIN)).isNegative();
    assertThat(CONTEXT.workingDaysUntil(java.time.LocalDate.MAX)).isPositive();
  }

  @Test
  void readinessQuestionnaire_isTheCataloguesWhenNamed() {
    assertThat(CONTEXT.readinessQuestionnaire()).contains(org.crmmethod.core.catalogue.ReadinessCatalogue.questionnaire());
    ProjectPlan none = ProjectPlan.builder().from(PLAN).readiness(java.util.Optional.empty()).build();
    assertThat(new ValidationContext(none, StagedMethod.definition(), ValidationSettings.defaults()).readinessQuestionnaire()).isEmpty();
    ProjectPlan other =
        ProjectPlan.builder().from(PLAN)
            .readiness(org.crmmethod.core.readiness.ReadinessAssessment.builder().questionnaire("acme").assessedOn(PharmaReferencePlan.START).build())
            .build();
    assertThat(new ValidationContext(other, StagedMethod.definition(), ValidationSettings.defaults()).readinessQuestionnaire()).isEmpty();
  }
}
