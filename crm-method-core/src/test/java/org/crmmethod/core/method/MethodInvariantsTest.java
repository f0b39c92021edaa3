package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.util.List;
import org.crmmethod.core.organisation.TeamPurpose;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the method side's values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class MethodInvariantsTest {

  /** Malformed identifiers, one of each way to break {@code Invariants.ID_PATTERN}. */
  static final List<String> MALFORMED_IDS =
      List.of("", " ", "key user", "-lead", ".lead", "_lead", "clé", "İK", "a/b", "x".repeat(65));

  private static Role.Builder role() {
    return Role.builder().id("KEY_USER").name("Key user").description("Tests each lot");
  }

  private static DurationRange oneMonth() {
    return DurationRange.about(1, DurationUnit.MONTHS);
  }

  private static TeamNorm.Builder teamNorm() {
    return TeamNorm.builder().purpose(TeamPurpose.SPECIFICATION).minimumSize(6).maximumSize(12);
  }

  private static QualityGate.Builder gate() {
    return QualityGate.builder()
        .id("G1")
        .name("Strategy approved")
        .description("General management approves the objective")
        .approvingRole("KEY_USER");
  }

  private static DeliverableType.Builder deliverableType() {
    return DeliverableType.builder()
        .id("SPEC")
        .name("Requirements specification")
        .description("What the package must do")
        .producedBy("KEY_USER");
  }

  private static PhaseTemplate.Builder phase(String id) {
    return PhaseTemplate.builder()
        .id(id)
        .name("Phase " + id)
        .objective("Get " + id + " done")
        .typicalDuration(oneMonth());
  }

  private static LotStepTemplate.Builder lotStep(ActivityKind kind) {
    return LotStepTemplate.builder().kind(kind).description("Step").typicalDuration(oneMonth());
  }

  private static LotTemplate.Builder lotTemplate() {
    return LotTemplate.builder()
        .addParallelWorkstream(WorkstreamKind.CONFIGURATION)
        .workstreamDuration(oneMonth())
        .minimumRealUseWeeks(4);
  }

  private static TimelineNorms.Builder timelineNorms() {
    return TimelineNorms.builder()
        .nominalMonths(12)
        .credibleMinimumMonths(6)
        .physicalDeploymentOnlyDays(30);
  }

  /** A consistent method with one role, one deliverable type, one gate and two phases. */
  private static Method.Builder method() {
    return Method.builder()
        .id("m")
        .name("Method")
        .version("1.0")
        .approach(Approach.CLASSIC)
        .description("A method")
        .addRole(role().build())
        .addDeliverableType(deliverableType().build())
        .addGate(gate().addRequiredDeliverable("SPEC").build())
        .addPhase(phase("P1").exitGate("G1").build())
        .addPhase(phase("P2").mayLoopBackTo("P1").build());
  }

  @Test
  void fixtures_areValid() {
    assertThatCode(
            () -> {
              role().build();
              teamNorm().build();
              gate().build();
              deliverableType().build();
              phase("P").build();
              lotTemplate().build();
              timelineNorms().build();
              method().build();
            })
        .doesNotThrowAnyException();
  }

  // --- Role ---

  @Test
  void role_malformedId() {
    for (String id : MALFORMED_IDS) {
      assertInvalid(
          () -> role().id(id).build(),
          "Role.id " + ID_RULE + ", but was '" + id + "'",
          "Role",
          "id",
          "'" + id + "'");
    }
  }

  @Test
  void role_idOfEveryAllowedShape() {
    for (String id : List.of("a", "0", "Z9", "a.b_c-d", "x".repeat(64), "9-.__")) {
      assertThat(role().id(id).build().id()).isEqualTo(id);
    }
  }

  @Test
  void role_blankName() {
    for (String name : List.of("", "   ", "\t\n")) {
      assertInvalid(
          () -> role().name(name).build(),
          "Role.name must not be blank, but was '" + name + "'",
          "Role",
          "name",
          "'" + name + "'");
    }
  }

  @Test
  void role_blankDescription() {
    assertInvalid(
        () -> role().description(" ").build(),
        "Role.description must not be blank, but was ' '",
        "Role",
        "description",
        "' '");
  }

  @Test
  void role_ofChecksLikeTheBuilder() {
    assertInvalid(
        () -> Role.of("KEY_USER", "", "Tests each lot"),
        "Role.name must not be blank, but was ''",
        "Role",
        "name",
        "''");
  }

  @Test
  void role_missingAttributes() {
    assertMissing(
        () -> Role.builder().build(),
        "Required attribute(s) not set: Role.id, Role.name, Role.description",
        "Role",
        "id",
        "name",
        "description");
    assertMissing(
        () -> Role.builder().id("KEY_USER").name("Key user").build(),
        "Required attribute(s) not set: Role.description",
        "Role",
        "description");
  }

  @Test
  void role_nullArguments() {
    assertThatThrownBy(() -> Role.of(null, "Key user", "Tests"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Role.of("KEY_USER", null, "Tests"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Role.of("KEY_USER", "Key user", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> role().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  // --- DurationRange ---

  @Test
  void durationRange_negativeMinimum() {
    assertInvalid(
        () -> DurationRange.of(-1, 2, DurationUnit.MONTHS),
        "DurationRange.minimum must be finite and >= 0, but was -1.0",
        "DurationRange",
        "minimum",
        "-1.0");
  }

  @Test
  void durationRange_minimumNotFinite() {
    assertInvalid(
        () -> DurationRange.of(Double.NaN, 2, DurationUnit.WEEKS),
        "DurationRange.minimum must be finite and >= 0, but was NaN",
        "DurationRange",
        "minimum",
        "NaN");
    assertInvalid(
        () -> DurationRange.about(Double.POSITIVE_INFINITY, DurationUnit.WEEKS),
        "DurationRange.minimum must be finite and >= 0, but was Infinity",
        "DurationRange",
        "minimum",
        "Infinity");
  }

  @Test
  void durationRange_negativeMaximum() {
    assertInvalid(
        () -> DurationRange.of(0, -0.5, DurationUnit.WORKING_DAYS),
        "DurationRange.maximum must be finite and >= 0, but was -0.5",
        "DurationRange",
        "maximum",
        "-0.5");
  }

  @Test
  void durationRange_maximumNotFinite() {
    assertInvalid(
        () -> DurationRange.of(1, Double.POSITIVE_INFINITY, DurationUnit.MONTHS),
        "DurationRange.maximum must be finite and >= 0, but was Infinity",
        "DurationRange",
        "maximum",
        "Infinity");
  }

  @Test
  void durationRange_maximumBelowMinimum() {
    assertInvalid(
        () -> DurationRange.of(3, 2.5, DurationUnit.MONTHS),
        "DurationRange.maximum must not be below minimum (3.0), but was 2.5",
        "DurationRange",
        "maximum",
        "2.5");
  }

  @Test
  void durationRange_missingAttributes() {
    assertMissing(
        () -> ImmutableDurationRange.builder().build(),
        "Required attribute(s) not set: DurationRange.minimum, DurationRange.maximum,"
            + " DurationRange.unit",
        "DurationRange",
        "minimum",
        "maximum",
        "unit");
  }

  @Test
  void durationRange_nullUnit() {
    assertThatThrownBy(() -> DurationRange.of(1, 2, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DurationRange.about(1, null)).isInstanceOf(NullPointerException.class);
  }

  // --- TeamNorm ---

  @Test
  void teamNorm_minimumSizeBelowOne() {
    for (int size : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertInvalid(
          () -> teamNorm().minimumSize(size).build(),
          "TeamNorm.minimumSize must be at least 1, but was " + size,
          "TeamNorm",
          "minimumSize",
          String.valueOf(size));
    }
  }

  @Test
  void teamNorm_maximumSizeBelowMinimum() {
    assertInvalid(
        () -> teamNorm().minimumSize(6).maximumSize(5).build(),
        "TeamNorm.maximumSize must not be below minimumSize (6), but was 5",
        "TeamNorm",
        "maximumSize",
        "5");
  }

  @Test
  void teamNorm_malformedRequiredRole() {
    assertInvalid(
        () -> teamNorm().addRequiredRole("key user").build(),
        "TeamNorm.requiredRoles " + ID_RULE + ", but was 'key user'",
        "TeamNorm",
        "requiredRoles",
        "'key user'");
  }

  @Test
  void teamNorm_missingAttributes() {
    assertMissing(
        () -> TeamNorm.builder().build(),
        "Required attribute(s) not set: TeamNorm.purpose, TeamNorm.minimumSize,"
            + " TeamNorm.maximumSize",
        "TeamNorm",
        "purpose",
        "minimumSize",
        "maximumSize");
  }

  // --- QualityGate ---

  @Test
  void qualityGate_malformedId() {
    assertInvalid(
        () -> gate().id("G 1").build(),
        "QualityGate.id " + ID_RULE + ", but was 'G 1'",
        "QualityGate",
        "id",
        "'G 1'");
  }

  @Test
  void qualityGate_blankName() {
    assertInvalid(
        () -> gate().name("").build(),
        "QualityGate.name must not be blank, but was ''",
        "QualityGate",
        "name",
        "''");
  }

  @Test
  void qualityGate_blankDescription() {
    assertInvalid(
        () -> gate().description("\t").build(),
        "QualityGate.description must not be blank, but was '\t'",
        "QualityGate",
        "description",
        "'\t'");
  }

  @Test
  void qualityGate_malformedRequiredDeliverable() {
    assertInvalid(
        () -> gate().addRequiredDeliverable("SPEC").addRequiredDeliverable("-SPEC").build(),
        "QualityGate.requiredDeliverables " + ID_RULE + ", but was '-SPEC'",
        "QualityGate",
        "requiredDeliverables",
        "'-SPEC'");
  }

  @Test
  void qualityGate_malformedApprovingRole() {
    assertInvalid(
        () -> gate().approvingRole("general management").build(),
        "QualityGate.approvingRole " + ID_RULE + ", but was 'general management'",
        "QualityGate",
        "approvingRole",
        "'general management'");
  }

  @Test
  void qualityGate_missingAttributes() {
    assertMissing(
        () -> QualityGate.builder().build(),
        "Required attribute(s) not set: QualityGate.id, QualityGate.name,"
            + " QualityGate.description, QualityGate.approvingRole",
        "QualityGate",
        "id",
        "name",
        "description",
        "approvingRole");
  }

  // --- DeliverableType ---

  @Test
  void deliverableType_malformedId() {
    assertInvalid(
        () -> deliverableType().id("").build(),
        "DeliverableType.id " + ID_RULE + ", but was ''",
        "DeliverableType",
        "id",
        "''");
  }

  @Test
  void deliverableType_blankName() {
    assertInvalid(
        () -> deliverableType().name(" ").build(),
        "DeliverableType.name must not be blank, but was ' '",
        "DeliverableType",
        "name",
        "' '");
  }

  @Test
  void deliverableType_blankDescription() {
    assertInvalid(
        () -> deliverableType().description("").build(),
        "DeliverableType.description must not be blank, but was ''",
        "DeliverableType",
        "description",
        "''");
  }

  @Test
  void deliverableType_malformedProducedBy() {
    assertInvalid(
        () -> deliverableType().producedBy("key/user").build(),
        "DeliverableType.producedBy " + ID_RULE + ", but was 'key/user'",
        "DeliverableType",
        "producedBy",
        "'key/user'");
  }

  @Test
  void deliverableType_malformedApprovedBy() {
    assertInvalid(
        () -> deliverableType().addApprovedBy("").build(),
        "DeliverableType.approvedBy " + ID_RULE + ", but was ''",
        "DeliverableType",
        "approvedBy",
        "''");
  }

  @Test
  void deliverableType_malformedRequiredSection() {
    assertInvalid(
        () ->
            deliverableType()
                .addRequiredSection("GAP_ANALYSIS")
                .addRequiredSection("gap analysis")
                .build(),
        "DeliverableType.requiredSections " + ID_RULE + ", but was 'gap analysis'",
        "DeliverableType",
        "requiredSections",
        "'gap analysis'");
  }

  @Test
  void deliverableType_malformedPrerequisite() {
    assertInvalid(
        () -> deliverableType().addPrerequisite("_OBJECTIVE").build(),
        "DeliverableType.prerequisites " + ID_RULE + ", but was '_OBJECTIVE'",
        "DeliverableType",
        "prerequisites",
        "'_OBJECTIVE'");
  }

  @Test
  void deliverableType_ownPrerequisite() {
    assertInvalid(
        () -> deliverableType().addPrerequisite("OBJECTIVE").addPrerequisite("SPEC").build(),
        "DeliverableType.prerequisites must not hold the type's own id, but was 'SPEC'",
        "DeliverableType",
        "prerequisites",
        "'SPEC'");
  }

  @Test
  void deliverableType_missingAttributes() {
    assertMissing(
        () -> DeliverableType.builder().build(),
        "Required attribute(s) not set: DeliverableType.id, DeliverableType.name,"
            + " DeliverableType.description, DeliverableType.producedBy",
        "DeliverableType",
        "id",
        "name",
        "description",
        "producedBy");
  }

  // --- PhaseTemplate ---

  @Test
  void phaseTemplate_malformedId() {
    assertInvalid(
        () -> phase("P 1").build(),
        "PhaseTemplate.id " + ID_RULE + ", but was 'P 1'",
        "PhaseTemplate",
        "id",
        "'P 1'");
  }

  @Test
  void phaseTemplate_blankName() {
    assertInvalid(
        () -> phase("P1").name("").build(),
        "PhaseTemplate.name must not be blank, but was ''",
        "PhaseTemplate",
        "name",
        "''");
  }

  @Test
  void phaseTemplate_blankObjective() {
    assertInvalid(
        () -> phase("P1").objective("  ").build(),
        "PhaseTemplate.objective must not be blank, but was '  '",
        "PhaseTemplate",
        "objective",
        "'  '");
  }

  @Test
  void phaseTemplate_malformedRequiredDeliverable() {
    assertInvalid(
        () -> phase("P1").addRequiredDeliverable("SPEC!").build(),
        "PhaseTemplate.requiredDeliverables " + ID_RULE + ", but was 'SPEC!'",
        "PhaseTemplate",
        "requiredDeliverables",
        "'SPEC!'");
  }

  @Test
  void phaseTemplate_malformedInvolvedRole() {
    assertInvalid(
        () -> phase("P1").addInvolvedRole("key user").build(),
        "PhaseTemplate.involvedRoles " + ID_RULE + ", but was 'key user'",
        "PhaseTemplate",
        "involvedRoles",
        "'key user'");
  }

  @Test
  void phaseTemplate_twoTeamNormsForOnePurpose() {
    assertInvalid(
        () ->
            phase("P1")
                .addTeamNorm(teamNorm().build())
                .addTeamNorm(teamNorm().minimumSize(2).build())
                .build(),
        "PhaseTemplate.teamNorms must not hold the same id twice, but was 'SPECIFICATION'",
        "PhaseTemplate",
        "teamNorms",
        "'SPECIFICATION'");
  }

  @Test
  void phaseTemplate_loopsBackToItself() {
    assertInvalid(
        () -> phase("P1").mayLoopBackTo("P1").build(),
        "PhaseTemplate.mayLoopBackTo must name an earlier phase, not the phase itself, but was"
            + " 'P1'",
        "PhaseTemplate",
        "mayLoopBackTo",
        "'P1'");
  }

  @Test
  void phaseTemplate_malformedExitGate() {
    assertInvalid(
        () -> phase("P1").exitGate("G 1").build(),
        "PhaseTemplate.exitGate " + ID_RULE + ", but was 'G 1'",
        "PhaseTemplate",
        "exitGate",
        "'G 1'");
  }

  @Test
  void phaseTemplate_malformedMayLoopBackTo() {
    assertInvalid(
        () -> phase("P2").mayLoopBackTo("P 1").build(),
        "PhaseTemplate.mayLoopBackTo " + ID_RULE + ", but was 'P 1'",
        "PhaseTemplate",
        "mayLoopBackTo",
        "'P 1'");
  }

  @Test
  void phaseTemplate_malformedReopeningsReportTo() {
    assertInvalid(
        () -> phase("P1").reopeningsReportTo("").build(),
        "PhaseTemplate.reopeningsReportTo " + ID_RULE + ", but was ''",
        "PhaseTemplate",
        "reopeningsReportTo",
        "''");
  }

  @Test
  void phaseTemplate_missingAttributes() {
    assertMissing(
        () -> PhaseTemplate.builder().build(),
        "Required attribute(s) not set: PhaseTemplate.id, PhaseTemplate.name,"
            + " PhaseTemplate.objective, PhaseTemplate.typicalDuration",
        "PhaseTemplate",
        "id",
        "name",
        "objective",
        "typicalDuration");
  }

  // --- LotStepTemplate ---

  @Test
  void lotStepTemplate_kindNotALotStep() {
    for (ActivityKind kind : ActivityKind.values()) {
      if (kind.isLotStep()) {
        assertThat(lotStep(kind).build().kind()).isEqualTo(kind);
      } else {
        assertInvalid(
            () -> lotStep(kind).build(),
            "LotStepTemplate.kind must be a lot step (PRE_ACCEPTANCE, TRAINING, CUT_OVER, HYPERCARE"
                + " or FINAL_ACCEPTANCE), but was "
                + kind,
            "LotStepTemplate",
            "kind",
            kind.name());
      }
    }
  }

  @Test
  void lotStepTemplate_blankDescription() {
    assertInvalid(
        () -> lotStep(ActivityKind.TRAINING).description("").build(),
        "LotStepTemplate.description must not be blank, but was ''",
        "LotStepTemplate",
        "description",
        "''");
  }

  @Test
  void lotStepTemplate_missingAttributes() {
    assertMissing(
        () -> LotStepTemplate.builder().build(),
        "Required attribute(s) not set: LotStepTemplate.kind, LotStepTemplate.description,"
            + " LotStepTemplate.typicalDuration",
        "LotStepTemplate",
        "kind",
        "description",
        "typicalDuration");
  }

  // --- LotTemplate ---

  @Test
  void lotTemplate_noParallelWorkstream() {
    assertInvalid(
        () -> lotTemplate().parallelWorkstreams(List.of()).build(),
        "LotTemplate.parallelWorkstreams must hold at least one element, but was []",
        "LotTemplate",
        "parallelWorkstreams",
        "[]");
  }

  @Test
  void lotTemplate_optionalWorkstreamNotParallel() {
    assertInvalid(
        () ->
            lotTemplate()
                .addParallelWorkstream(WorkstreamKind.TESTS)
                .addOptionalWorkstream(WorkstreamKind.TESTS)
                .addOptionalWorkstream(WorkstreamKind.SPECIFIC_DEVELOPMENT)
                .build(),
        "LotTemplate.optionalWorkstreams must be a subset of parallelWorkstreams [CONFIGURATION,"
            + " TESTS], but was [SPECIFIC_DEVELOPMENT, TESTS]",
        "LotTemplate",
        "optionalWorkstreams",
        "[SPECIFIC_DEVELOPMENT, TESTS]");
  }

  @Test
  void lotTemplate_stepTwice() {
    assertInvalid(
        () ->
            lotTemplate()
                .addStep(lotStep(ActivityKind.CUT_OVER).build())
                .addStep(lotStep(ActivityKind.HYPERCARE).build())
                .addStep(lotStep(ActivityKind.CUT_OVER).description("Again").build())
                .build(),
        "LotTemplate.steps must not hold the same id twice, but was 'CUT_OVER'",
        "LotTemplate",
        "steps",
        "'CUT_OVER'");
  }

  @Test
  void lotTemplate_realUseBelowOneWeek() {
    assertInvalid(
        () -> lotTemplate().minimumRealUseWeeks(0).build(),
        "LotTemplate.minimumRealUseWeeks must be at least 1, but was 0",
        "LotTemplate",
        "minimumRealUseWeeks",
        "0");
  }

  @Test
  void lotTemplate_missingAttributes() {
    assertMissing(
        () -> LotTemplate.builder().build(),
        "Required attribute(s) not set: LotTemplate.workstreamDuration,"
            + " LotTemplate.minimumRealUseWeeks",
        "LotTemplate",
        "workstreamDuration",
        "minimumRealUseWeeks");
  }

  // --- TimelineNorms ---

  @Test
  void timelineNorms_nominalMonthsNotPositive() {
    for (double months : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertInvalid(
          () -> timelineNorms().nominalMonths(months).build(),
          "TimelineNorms.nominalMonths must be finite and > 0, but was " + months,
          "TimelineNorms",
          "nominalMonths",
          String.valueOf(months));
    }
  }

  @Test
  void timelineNorms_credibleMinimumNotPositive() {
    for (double months : new double[] {0, -6, Double.NaN}) {
      assertInvalid(
          () -> timelineNorms().credibleMinimumMonths(months).build(),
          "TimelineNorms.credibleMinimumMonths must be > 0 and not above nominalMonths (12.0), but"
              + " was "
              + months,
          "TimelineNorms",
          "credibleMinimumMonths",
          String.valueOf(months));
    }
  }

  @Test
  void timelineNorms_credibleMinimumAboveNominal() {
    assertInvalid(
        () -> timelineNorms().credibleMinimumMonths(12.5).build(),
        "TimelineNorms.credibleMinimumMonths must be > 0 and not above nominalMonths (12.0), but"
            + " was 12.5",
        "TimelineNorms",
        "credibleMinimumMonths",
        "12.5");
    assertThat(timelineNorms().credibleMinimumMonths(12).build().credibleMinimumMonths())
        .isEqualTo(12);
  }

  @Test
  void timelineNorms_physicalDeploymentBelowOneDay() {
    assertInvalid(
        () -> timelineNorms().physicalDeploymentOnlyDays(0).build(),
        "TimelineNorms.physicalDeploymentOnlyDays must be at least 1, but was 0",
        "TimelineNorms",
        "physicalDeploymentOnlyDays",
        "0");
  }

  @Test
  void timelineNorms_missingAttributes() {
    assertMissing(
        () -> TimelineNorms.builder().build(),
        "Required attribute(s) not set: TimelineNorms.nominalMonths,"
            + " TimelineNorms.credibleMinimumMonths, TimelineNorms.physicalDeploymentOnlyDays",
        "TimelineNorms",
        "nominalMonths",
        "credibleMinimumMonths",
        "physicalDeploymentOnlyDays");
  }

  // --- Method: its own attributes ---

  @Test
  void method_malformedId() {
    assertInvalid(
        () -> method().id("staged method").build(),
        "Method.id " + ID_RULE + ", but was 'staged method'",
        "Method",
        "id",
        "'staged method'");
  }

  @Test
  void method_blankName() {
    assertInvalid(
        () -> method().name("").build(),
        "Method.name must not be blank, but was ''",
        "Method",
        "name",
        "''");
  }

  @Test
  void method_blankVersion() {
    assertInvalid(
        () -> method().version(" ").build(),
        "Method.version must not be blank, but was ' '",
        "Method",
        "version",
        "' '");
  }

  @Test
  void method_blankDescription() {
    assertInvalid(
        () -> method().description("").build(),
        "Method.description must not be blank, but was ''",
        "Method",
        "description",
        "''");
  }

  @Test
  void method_noPhase() {
    assertInvalid(
        () -> method().phases(List.of()).gates(List.of()).build(),
        "Method.phases must hold at least one element, but was []",
        "Method",
        "phases",
        "[]");
  }

  @Test
  void method_missingAttributes() {
    assertMissing(
        () -> Method.builder().build(),
        "Required attribute(s) not set: Method.id, Method.name, Method.version, Method.approach,"
            + " Method.description",
        "Method",
        "id",
        "name",
        "version",
        "approach",
        "description");
  }

  // --- Method: unique ids ---

  @Test
  void method_duplicatePhaseId() {
    assertInvalid(
        () -> method().addPhase(phase("P1").name("Again").build()).build(),
        "Method.phases must not hold the same id twice, but was 'P1'",
        "Method",
        "phases",
        "'P1'");
  }

  @Test
  void method_duplicateDeliverableTypeId() {
    assertInvalid(
        () -> method().addDeliverableType(deliverableType().name("Again").build()).build(),
        "Method.deliverableTypes must not hold the same id twice, but was 'SPEC'",
        "Method",
        "deliverableTypes",
        "'SPEC'");
  }

  @Test
  void method_duplicateRoleId() {
    assertInvalid(
        () -> method().addRole(role().name("Another key user").build()).build(),
        "Method.roles must not hold the same id twice, but was 'KEY_USER'",
        "Method",
        "roles",
        "'KEY_USER'");
  }

  @Test
  void method_duplicateGateId() {
    assertInvalid(
        () -> method().addGate(gate().name("Again").build()).build(),
        "Method.gates must not hold the same id twice, but was 'G1'",
        "Method",
        "gates",
        "'G1'");
  }

  // --- Method: references from deliverable types ---

  @Test
  void method_deliverableProducedByUnknownRole() {
    assertInvalid(
        () ->
            method()
                .addDeliverableType(deliverableType().id("CHARTER").producedBy("SPONSOR").build())
                .build(),
        "Method.deliverableTypes[CHARTER].producedBy must refer to a role defined here, but was"
            + " 'SPONSOR'",
        "Method",
        "deliverableTypes[CHARTER].producedBy",
        "'SPONSOR'");
  }

  @Test
  void method_deliverableApprovedByUnknownRole() {
    assertInvalid(
        () ->
            method()
                .addDeliverableType(
                    deliverableType().id("CHARTER").addApprovedBy("SPONSOR").build())
                .build(),
        "Method.deliverableTypes[CHARTER].approvedBy must refer to a role defined here, but was"
            + " 'SPONSOR'",
        "Method",
        "deliverableTypes[CHARTER].approvedBy",
        "'SPONSOR'");
  }

  @Test
  void method_deliverableUnknownPrerequisite() {
    assertInvalid(
        () ->
            method()
                .addDeliverableType(
                    deliverableType().id("CHARTER").addPrerequisite("AUDIT").build())
                .build(),
        "Method.deliverableTypes[CHARTER].prerequisites must refer to a deliverable type defined"
            + " here, but was 'AUDIT'",
        "Method",
        "deliverableTypes[CHARTER].prerequisites",
        "'AUDIT'");
  }

  // --- Method: references from gates ---

  @Test
  void method_gateRequiresUnknownDeliverable() {
    assertInvalid(
        () -> method().addGate(gate().id("G2").addRequiredDeliverable("AUDIT").build()).build(),
        "Method.gates[G2].requiredDeliverables must refer to a deliverable type defined here, but"
            + " was 'AUDIT'",
        "Method",
        "gates[G2].requiredDeliverables",
        "'AUDIT'");
  }

  @Test
  void method_gateApprovedByUnknownRole() {
    assertInvalid(
        () -> method().addGate(gate().id("G2").approvingRole("SPONSOR").build()).build(),
        "Method.gates[G2].approvingRole must refer to a role defined here, but was 'SPONSOR'",
        "Method",
        "gates[G2].approvingRole",
        "'SPONSOR'");
  }

  // --- Method: references from phases ---

  @Test
  void method_phaseRequiresUnknownDeliverable() {
    assertInvalid(
        () -> method().addPhase(phase("P3").addRequiredDeliverable("AUDIT").build()).build(),
        "Method.phases[P3].requiredDeliverables must refer to a deliverable type defined here, but"
            + " was 'AUDIT'",
        "Method",
        "phases[P3].requiredDeliverables",
        "'AUDIT'");
  }

  @Test
  void method_phaseInvolvesUnknownRole() {
    assertInvalid(
        () -> method().addPhase(phase("P3").addInvolvedRole("SPONSOR").build()).build(),
        "Method.phases[P3].involvedRoles must refer to a role defined here, but was 'SPONSOR'",
        "Method",
        "phases[P3].involvedRoles",
        "'SPONSOR'");
  }

  @Test
  void method_teamNormRequiresUnknownRole() {
    assertInvalid(
        () ->
            method()
                .addPhase(
                    phase("P3")
                        .addTeamNorm(teamNorm().addRequiredRoles("KEY_USER", "DESIGNER").build())
                        .build())
                .build(),
        "Method.phases[P3].teamNorms[SPECIFICATION].requiredRoles must refer to a role defined"
            + " here, but was 'DESIGNER'",
        "Method",
        "phases[P3].teamNorms[SPECIFICATION].requiredRoles",
        "'DESIGNER'");
  }

  @Test
  void method_phaseExitsThroughUnknownGate() {
    assertInvalid(
        () -> method().addPhase(phase("P3").exitGate("G9").build()).build(),
        "Method.phases[P3].exitGate must refer to a gate defined here, but was 'G9'",
        "Method",
        "phases[P3].exitGate",
        "'G9'");
  }

  @Test
  void method_reopeningsReportToUnknownRole() {
    assertInvalid(
        () -> method().addPhase(phase("P3").reopeningsReportTo("SPONSOR").build()).build(),
        "Method.phases[P3].reopeningsReportTo must refer to a role defined here, but was 'SPONSOR'",
        "Method",
        "phases[P3].reopeningsReportTo",
        "'SPONSOR'");
  }

  @Test
  void method_loopBackToLaterPhase() {
    assertInvalid(
        () ->
            method()
                .phases(List.of(phase("P1").mayLoopBackTo("P2").build(), phase("P2").build()))
                .build(),
        "Method.phases[P1].mayLoopBackTo must name an earlier phase, but was 'P2'",
        "Method",
        "phases[P1].mayLoopBackTo",
        "'P2'");
  }

  @Test
  void method_loopBackToUnknownPhase() {
    assertInvalid(
        () -> method().addPhase(phase("P3").mayLoopBackTo("P0").build()).build(),
        "Method.phases[P3].mayLoopBackTo must name an earlier phase, but was 'P0'",
        "Method",
        "phases[P3].mayLoopBackTo",
        "'P0'");
  }

  @Test
  void method_loopBackToEarlierPhase() {
    Method method = method().addPhase(phase("P3").mayLoopBackTo("P1").build()).build();
    assertThat(method.phase("P3").flatMap(PhaseTemplate::mayLoopBackTo)).contains("P1");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(Role::builder);
    assertRejectsNulls(ImmutableDurationRange::builder);
    assertRejectsNulls(TeamNorm::builder);
    assertRejectsNulls(QualityGate::builder);
    assertRejectsNulls(DeliverableType::builder);
    assertRejectsNulls(PhaseTemplate::builder);
    assertRejectsNulls(LotStepTemplate::builder);
    assertRejectsNulls(LotTemplate::builder);
    assertRejectsNulls(TimelineNorms::builder);
    assertRejectsNulls(Method::builder);
  }
}
