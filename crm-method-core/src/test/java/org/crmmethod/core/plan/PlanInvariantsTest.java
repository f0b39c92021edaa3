package org.crmmethod.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.core.Rejections.ID_RULE;
import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the plan side's values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class PlanInvariantsTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final LocalDate DAY_BEFORE = LocalDate.of(2024, 2, 29);
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Activity.Builder activity(String id, ActivityKind kind) {
    return Activity.builder()
        .id(id)
        .name("Work")
        .kind(kind)
        .estimate(ThreePointEstimate.exactly(5));
  }

  private static Activity.Builder activity() {
    return activity("A1", ActivityKind.CONFIGURATION);
  }

  private static Deliverable.Builder deliverable() {
    return Deliverable.builder().id("D1").type("SPEC").name("Specification").phase("P1");
  }

  private static GateDecision.Builder gateDecision() {
    return GateDecision.builder()
        .gate("G1")
        .outcome(GateOutcome.GO)
        .decidedBy("CEO")
        .decidedOn(DAY)
        .rationale("The objective is approved");
  }

  private static Kpi.Builder kpi() {
    return Kpi.builder()
        .id("K1")
        .name("Visits")
        .definition("Visits a week per rep")
        .unit("visits")
        .phase("P1");
  }

  private static Lot.Builder lot() {
    return Lot.builder().id("L1").name("Lot 1").phase("ROLLOUT");
  }

  private static Meeting.Builder meeting() {
    return Meeting.builder().id("M1").kind(MeetingKind.STEERING_COMMITTEE).date(DAY);
  }

  private static MeetingMinutes.Builder minutes() {
    return MeetingMinutes.builder().author("PM").issuedOn(DAY).addPoint("Budget approved");
  }

  private static Phase.Builder phase() {
    return Phase.builder().id("P1").name("Audit");
  }

  private static ProjectContext.Builder context() {
    return ProjectContext.builder()
        .company("Acme Pharma")
        .industry(Industry.PHARMACEUTICAL)
        .approach(Approach.DIFFERENTIATING)
        .addModule(CrmModule.SFA)
        .startDate(DAY)
        .budget(Money.of("450000.00", "EUR"));
  }

  private static ProjectDecision.Builder decision() {
    return ProjectDecision.builder()
        .id("DEC1")
        .kind(DecisionKind.START_MODULE)
        .statement("Start with SFA")
        .phase("P1")
        .decidedOn(DAY);
  }

  private static ProjectPlan.Builder plan() {
    return ProjectPlan.builder()
        .id("plan")
        .name("Plan")
        .method("staged")
        .context(context().build());
  }

  private static Reopening.Builder reopening() {
    return Reopening.builder().phase("P2").date(DAY).reason("A new regulation");
  }

  @Test
  void fixtures_areValid() {
    assertThatCode(
            () -> {
              activity().build();
              deliverable().build();
              gateDecision().build();
              kpi().build();
              lot().build();
              meeting().minutes(minutes().build()).build();
              phase().plannedStart(DAY).plannedFinish(DAY).build();
              context().targetFinish(DAY.plusDays(1)).build();
              decision().addReopening(reopening().generalManagementInformedOn(DAY).build()).build();
              plan().statusDate(DAY).build();
            })
        .doesNotThrowAnyException();
  }

  // --- Activity ---

  @Test
  void activity_malformedId() {
    assertInvalid(
        () -> activity().id("A 1").build(),
        "Activity.id " + ID_RULE + ", but was 'A 1'",
        "Activity",
        "id",
        "'A 1'");
  }

  @Test
  void activity_blankName() {
    assertInvalid(
        () -> activity().name("").build(),
        "Activity.name must not be blank, but was ''",
        "Activity",
        "name",
        "''");
  }

  @Test
  void activity_malformedRole() {
    assertInvalid(
        () -> activity().addRole("KEY_USER").addRole("key user").build(),
        "Activity.roles " + ID_RULE + ", but was 'key user'",
        "Activity",
        "roles",
        "'key user'");
  }

  @Test
  void activity_malformedParticipant() {
    assertInvalid(
        () -> activity().addParticipant("ayşe").build(),
        "Activity.participants " + ID_RULE + ", but was 'ayşe'",
        "Activity",
        "participants",
        "'ayşe'");
  }

  @Test
  void activity_teamSizeBelowOne() {
    for (int size : new int[] {0, -3}) {
      assertInvalid(
          () -> activity().teamSize(size).build(),
          "Activity.teamSize must be at least 1, but was " + size,
          "Activity",
          "teamSize",
          String.valueOf(size));
    }
  }

  @Test
  void activity_dependsOnItself() {
    assertInvalid(
        () ->
            activity()
                .addDependency(Dependency.on("A0"))
                .addDependency(Dependency.on("A1"))
                .build(),
        "Activity.dependencies must not make the activity depend on itself, but was 'A1'",
        "Activity",
        "dependencies",
        "'A1'");
  }

  @Test
  void activity_missingAttributes() {
    assertMissing(
        () -> Activity.builder().build(),
        "Required attribute(s) not set: Activity.id, Activity.name, Activity.kind,"
            + " Activity.estimate",
        "Activity",
        "id",
        "name",
        "kind",
        "estimate");
    assertMissing(
        () -> Activity.builder().id("A1").name("Work").kind(ActivityKind.TESTS).build(),
        "Required attribute(s) not set: Activity.estimate",
        "Activity",
        "estimate");
  }

  // --- ThreePointEstimate ---

  @Test
  void threePointEstimate_optimisticNotFiniteOrNegative() {
    for (double days : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertInvalid(
          () -> ThreePointEstimate.of(days, 5, 10),
          "ThreePointEstimate.optimistic must be finite and >= 0, but was " + days,
          "ThreePointEstimate",
          "optimistic",
          String.valueOf(days));
    }
  }

  @Test
  void threePointEstimate_mostLikelyNotFiniteOrNegative() {
    for (double days : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertInvalid(
          () -> ThreePointEstimate.of(0, days, 10),
          "ThreePointEstimate.mostLikely must be finite and >= 0, but was " + days,
          "ThreePointEstimate",
          "mostLikely",
          String.valueOf(days));
    }
  }

  @Test
  void threePointEstimate_pessimisticNotFiniteOrNegative() {
    for (double days : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertInvalid(
          () -> ThreePointEstimate.of(0, 0, days),
          "ThreePointEstimate.pessimistic must be finite and >= 0, but was " + days,
          "ThreePointEstimate",
          "pessimistic",
          String.valueOf(days));
    }
  }

  @Test
  void threePointEstimate_mostLikelyBelowOptimistic() {
    assertInvalid(
        () -> ThreePointEstimate.of(5, 3, 8),
        "ThreePointEstimate.mostLikely must not be below optimistic (5.0), but was 3.0",
        "ThreePointEstimate",
        "mostLikely",
        "3.0");
  }

  @Test
  void threePointEstimate_pessimisticBelowMostLikely() {
    assertInvalid(
        () -> ThreePointEstimate.of(1, 3, 2),
        "ThreePointEstimate.pessimistic must not be below mostLikely (3.0), but was 2.0",
        "ThreePointEstimate",
        "pessimistic",
        "2.0");
  }

  @Test
  void threePointEstimate_exactlyANegativeDuration() {
    assertInvalid(
        () -> ThreePointEstimate.exactly(-2),
        "ThreePointEstimate.optimistic must be finite and >= 0, but was -2.0",
        "ThreePointEstimate",
        "optimistic",
        "-2.0");
  }

  @Test
  void threePointEstimate_missingAttributes() {
    assertMissing(
        () -> ImmutableThreePointEstimate.builder().optimistic(1).build(),
        "Required attribute(s) not set: ThreePointEstimate.mostLikely,"
            + " ThreePointEstimate.pessimistic",
        "ThreePointEstimate",
        "mostLikely",
        "pessimistic");
  }

  // --- Dependency ---

  @Test
  void dependency_malformedPredecessor() {
    assertInvalid(
        () -> Dependency.on(""),
        "Dependency.predecessor " + ID_RULE + ", but was ''",
        "Dependency",
        "predecessor",
        "''");
  }

  @Test
  void dependency_lagNotFinite() {
    for (double lag :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertInvalid(
          () -> Dependency.of("A1", DependencyType.START_TO_START, lag),
          "Dependency.lagDays must be finite, but was " + lag,
          "Dependency",
          "lagDays",
          String.valueOf(lag));
    }
    assertThat(Dependency.of("A1", DependencyType.START_TO_START, -5).lagDays()).isEqualTo(-5);
  }

  @Test
  void dependency_missingAttributes() {
    assertMissing(
        () -> ImmutableDependency.builder().lagDays(2).build(),
        "Required attribute(s) not set: Dependency.predecessor",
        "Dependency",
        "predecessor");
  }

  @Test
  void dependency_nullArguments() {
    assertThatThrownBy(() -> Dependency.on(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Dependency.of(null, DependencyType.FINISH_TO_START, 0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Dependency.of("A1", null, 0)).isInstanceOf(NullPointerException.class);
  }

  // --- Approval ---

  @Test
  void approval_malformedStakeholder() {
    assertInvalid(
        () -> Approval.of("j doe", "GENERAL_MANAGEMENT", DAY),
        "Approval.stakeholder " + ID_RULE + ", but was 'j doe'",
        "Approval",
        "stakeholder",
        "'j doe'");
  }

  @Test
  void approval_malformedRole() {
    assertInvalid(
        () -> Approval.of("jdoe", "", DAY),
        "Approval.role " + ID_RULE + ", but was ''",
        "Approval",
        "role",
        "''");
  }

  @Test
  void approval_missingAttributes() {
    assertMissing(
        () -> ImmutableApproval.builder().build(),
        "Required attribute(s) not set: Approval.stakeholder, Approval.role, Approval.date",
        "Approval",
        "stakeholder",
        "role",
        "date");
  }

  @Test
  void approval_nullArguments() {
    assertThatThrownBy(() -> Approval.of(null, "CEO", DAY))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Approval.of("jdoe", null, DAY))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Approval.of("jdoe", "CEO", null))
        .isInstanceOf(NullPointerException.class);
  }

  // --- Deliverable ---

  @Test
  void deliverable_malformedId() {
    assertInvalid(
        () -> deliverable().id("D#1").build(),
        "Deliverable.id " + ID_RULE + ", but was 'D#1'",
        "Deliverable",
        "id",
        "'D#1'");
  }

  @Test
  void deliverable_malformedType() {
    assertInvalid(
        () -> deliverable().type("requirements specification").build(),
        "Deliverable.type " + ID_RULE + ", but was 'requirements specification'",
        "Deliverable",
        "type",
        "'requirements specification'");
  }

  @Test
  void deliverable_blankName() {
    assertInvalid(
        () -> deliverable().name(" ").build(),
        "Deliverable.name must not be blank, but was ' '",
        "Deliverable",
        "name",
        "' '");
  }

  @Test
  void deliverable_malformedPhase() {
    assertInvalid(
        () -> deliverable().phase("").build(),
        "Deliverable.phase " + ID_RULE + ", but was ''",
        "Deliverable",
        "phase",
        "''");
  }

  @Test
  void deliverable_malformedSection() {
    assertInvalid(
        () -> deliverable().addSection("GAP ANALYSIS").build(),
        "Deliverable.sections " + ID_RULE + ", but was 'GAP ANALYSIS'",
        "Deliverable",
        "sections",
        "'GAP ANALYSIS'");
  }

  @Test
  void deliverable_malformedProducedBy() {
    assertInvalid(
        () -> deliverable().producedBy("-A1").build(),
        "Deliverable.producedBy " + ID_RULE + ", but was '-A1'",
        "Deliverable",
        "producedBy",
        "'-A1'");
  }

  @Test
  void deliverable_approvedWithoutApproval() {
    assertInvalid(
        () -> deliverable().status(DeliverableStatus.APPROVED).build(),
        "Deliverable.approvals must hold at least one approval when the status is APPROVED, but"
            + " was []",
        "Deliverable",
        "approvals",
        "[]");
    for (DeliverableStatus status : DeliverableStatus.values()) {
      if (status != DeliverableStatus.APPROVED) {
        assertThat(deliverable().status(status).build().approvals()).isEmpty();
      }
    }
  }

  @Test
  void deliverable_missingAttributes() {
    assertMissing(
        () -> Deliverable.builder().build(),
        "Required attribute(s) not set: Deliverable.id, Deliverable.type, Deliverable.name,"
            + " Deliverable.phase",
        "Deliverable",
        "id",
        "type",
        "name",
        "phase");
  }

  // --- GateDecision ---

  @Test
  void gateDecision_malformedGate() {
    assertInvalid(
        () -> gateDecision().gate("G 1").build(),
        "GateDecision.gate " + ID_RULE + ", but was 'G 1'",
        "GateDecision",
        "gate",
        "'G 1'");
  }

  @Test
  void gateDecision_malformedDecidedBy() {
    assertInvalid(
        () -> gateDecision().decidedBy("").build(),
        "GateDecision.decidedBy " + ID_RULE + ", but was ''",
        "GateDecision",
        "decidedBy",
        "''");
  }

  @Test
  void gateDecision_blankRationale() {
    assertInvalid(
        () -> gateDecision().rationale("\n").build(),
        "GateDecision.rationale must not be blank, but was '\n'",
        "GateDecision",
        "rationale",
        "'\n'");
  }

  @Test
  void gateDecision_blankCondition() {
    assertInvalid(
        () -> gateDecision().outcome(GateOutcome.GO_WITH_CONDITIONS).addCondition(" ").build(),
        "GateDecision.conditions must not be blank, but was ' '",
        "GateDecision",
        "conditions",
        "' '");
  }

  @Test
  void gateDecision_goWithConditionsButNone() {
    assertInvalid(
        () -> gateDecision().outcome(GateOutcome.GO_WITH_CONDITIONS).build(),
        "GateDecision.conditions must hold at least one condition for GO_WITH_CONDITIONS, but was"
            + " []",
        "GateDecision",
        "conditions",
        "[]");
  }

  @Test
  void gateDecision_conditionsWithoutGoWithConditions() {
    for (GateOutcome outcome : List.of(GateOutcome.GO, GateOutcome.NO_GO)) {
      assertInvalid(
          () -> gateDecision().outcome(outcome).addCondition("Train users first").build(),
          "GateDecision.conditions must be empty for " + outcome + ", but was [Train users first]",
          "GateDecision",
          "conditions",
          "[Train users first]");
    }
  }

  @Test
  void gateDecision_malformedLot() {
    assertInvalid(
        () -> gateDecision().lot("lot 1").build(),
        "GateDecision.lot " + ID_RULE + ", but was 'lot 1'",
        "GateDecision",
        "lot",
        "'lot 1'");
  }

  @Test
  void gateDecision_missingAttributes() {
    assertMissing(
        () -> GateDecision.builder().build(),
        "Required attribute(s) not set: GateDecision.gate, GateDecision.outcome,"
            + " GateDecision.decidedBy, GateDecision.decidedOn, GateDecision.rationale",
        "GateDecision",
        "gate",
        "outcome",
        "decidedBy",
        "decidedOn",
        "rationale");
  }

  // --- Lot steps: each is carried by an activity of its own kind ---

  private static void assertStepKindChecked(
      String type, ActivityKind expected, Function<Activity, LotStep> build) {
    for (ActivityKind kind : ActivityKind.values()) {
      Activity activity = activity("S1", kind).build();
      if (kind == expected) {
        assertThat(build.apply(activity).activity()).isEqualTo(activity);
      } else {
        assertInvalid(
            () -> build.apply(activity),
            type + ".activity.kind must be " + expected + " (activity 'S1'), but was " + kind,
            type,
            "activity.kind",
            kind.name());
      }
    }
  }

  @Test
  void preAcceptance_activityOfAnotherKind() {
    assertStepKindChecked(
        "PreAcceptance",
        ActivityKind.PRE_ACCEPTANCE,
        activity -> PreAcceptance.builder().activity(activity).build());
  }

  @Test
  void training_activityOfAnotherKind() {
    assertStepKindChecked(
        "Training",
        ActivityKind.TRAINING,
        activity -> Training.builder().activity(activity).build());
  }

  @Test
  void cutOver_activityOfAnotherKind() {
    assertStepKindChecked(
        "CutOver", ActivityKind.CUT_OVER, activity -> CutOver.builder().activity(activity).build());
  }

  @Test
  void hypercare_activityOfAnotherKind() {
    assertStepKindChecked(
        "Hypercare",
        ActivityKind.HYPERCARE,
        activity -> Hypercare.builder().activity(activity).build());
  }

  @Test
  void finalAcceptance_activityOfAnotherKind() {
    assertStepKindChecked(
        "FinalAcceptance",
        ActivityKind.FINAL_ACCEPTANCE,
        activity -> FinalAcceptance.builder().activity(activity).build());
  }

  @Test
  void preAcceptance_malformedKeyUser() {
    assertInvalid(
        () ->
            PreAcceptance.builder()
                .activity(activity("S1", ActivityKind.PRE_ACCEPTANCE).build())
                .addKeyUser("key user")
                .build(),
        "PreAcceptance.keyUsers " + ID_RULE + ", but was 'key user'",
        "PreAcceptance",
        "keyUsers",
        "'key user'");
  }

  @Test
  void cutOver_blankExtractedData() {
    assertInvalid(
        () ->
            CutOver.builder()
                .activity(activity("S1", ActivityKind.CUT_OVER).build())
                .addExtractedData("Open orders")
                .addExtractedData("")
                .build(),
        "CutOver.extractedData must not be blank, but was ''",
        "CutOver",
        "extractedData",
        "''");
  }

  @Test
  void hypercare_responseTimeBelowOneHour() {
    for (int hours : new int[] {0, -4}) {
      assertInvalid(
          () ->
              Hypercare.builder()
                  .activity(activity("S1", ActivityKind.HYPERCARE).build())
                  .responseTimeHours(hours)
                  .build(),
          "Hypercare.responseTimeHours must be at least 1, but was " + hours,
          "Hypercare",
          "responseTimeHours",
          String.valueOf(hours));
    }
  }

  @Test
  void lotSteps_missingActivity() {
    assertMissing(
        () -> PreAcceptance.builder().build(),
        "Required attribute(s) not set: PreAcceptance.activity",
        "PreAcceptance",
        "activity");
    assertMissing(
        () -> Training.builder().build(),
        "Required attribute(s) not set: Training.activity",
        "Training",
        "activity");
    assertMissing(
        () -> CutOver.builder().build(),
        "Required attribute(s) not set: CutOver.activity",
        "CutOver",
        "activity");
    assertMissing(
        () -> Hypercare.builder().build(),
        "Required attribute(s) not set: Hypercare.activity",
        "Hypercare",
        "activity");
    assertMissing(
        () -> FinalAcceptance.builder().build(),
        "Required attribute(s) not set: FinalAcceptance.activity",
        "FinalAcceptance",
        "activity");
  }

  // --- Lot ---

  @Test
  void lot_malformedId() {
    assertInvalid(
        () -> lot().id("L 1").build(),
        "Lot.id " + ID_RULE + ", but was 'L 1'",
        "Lot",
        "id",
        "'L 1'");
  }

  @Test
  void lot_blankName() {
    assertInvalid(
        () -> lot().name("").build(),
        "Lot.name must not be blank, but was ''",
        "Lot",
        "name",
        "''");
  }

  @Test
  void lot_malformedPhase() {
    assertInvalid(
        () -> lot().phase("roll out").build(),
        "Lot.phase " + ID_RULE + ", but was 'roll out'",
        "Lot",
        "phase",
        "'roll out'");
  }

  @Test
  void lot_missingAttributes() {
    assertMissing(
        () -> Lot.builder().build(),
        "Required attribute(s) not set: Lot.id, Lot.name, Lot.phase",
        "Lot",
        "id",
        "name",
        "phase");
  }

  // --- Phase ---

  @Test
  void phase_malformedId() {
    assertInvalid(
        () -> phase().id(".P1").build(),
        "Phase.id " + ID_RULE + ", but was '.P1'",
        "Phase",
        "id",
        "'.P1'");
  }

  @Test
  void phase_blankName() {
    assertInvalid(
        () -> phase().name("  ").build(),
        "Phase.name must not be blank, but was '  '",
        "Phase",
        "name",
        "'  '");
  }

  @Test
  void phase_malformedTemplate() {
    assertInvalid(
        () -> phase().template("AUDIT PHASE").build(),
        "Phase.template " + ID_RULE + ", but was 'AUDIT PHASE'",
        "Phase",
        "template",
        "'AUDIT PHASE'");
  }

  @Test
  void phase_finishBeforeStart() {
    assertInvalid(
        () -> phase().plannedStart(DAY).plannedFinish(DAY_BEFORE).build(),
        "Phase.plannedFinish must not be before plannedStart (2024-03-01), but was 2024-02-29",
        "Phase",
        "plannedFinish",
        "2024-02-29");
  }

  @Test
  void phase_missingAttributes() {
    assertMissing(
        () -> Phase.builder().build(),
        "Required attribute(s) not set: Phase.id, Phase.name",
        "Phase",
        "id",
        "name");
  }

  // --- Money ---

  @Test
  void money_negativeAmount() {
    assertInvalid(
        () -> Money.of(new BigDecimal("-0.01"), EUR),
        "Money.amount must not be negative, but was -0.01",
        "Money",
        "amount",
        "-0.01");
    assertInvalid(
        () -> Money.of("-5", "EUR"),
        "Money.amount must not be negative, but was -5",
        "Money",
        "amount",
        "-5");
  }

  @Test
  void money_amountNotADecimal() {
    for (String amount : List.of("", " ", "12,50", "1 000", "abc", "NaN", "€5")) {
      assertInvalid(
          () -> Money.of(amount, "EUR"),
          "Money.amount must be a decimal number, but was '" + amount + "'",
          "Money",
          "amount",
          "'" + amount + "'");
    }
  }

  @Test
  void money_currencyNotAnIsoCode() {
    for (String code : List.of("", "eur", "EURO", "XYZ", "€")) {
      assertInvalid(
          () -> Money.of("10", code),
          "Money.currency must be an ISO 4217 currency code, but was '" + code + "'",
          "Money",
          "currency",
          "'" + code + "'");
    }
  }

  @Test
  void money_ofTextAcceptsSurroundingSpaceAndKeepsTheScale() {
    Money money = Money.of(" 450000.00 ", "TRY");
    assertThat(money.amount()).isEqualTo(new BigDecimal("450000.00"));
    assertThat(money).hasToString("450000.00 TRY");
  }

  @Test
  void money_missingAttributes() {
    assertMissing(
        () -> ImmutableMoney.builder().build(),
        "Required attribute(s) not set: Money.amount, Money.currency",
        "Money",
        "amount",
        "currency");
  }

  @Test
  void money_nullArguments() {
    assertThatThrownBy(() -> Money.of((String) null, "EUR"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of("10", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of((BigDecimal) null, EUR))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of(BigDecimal.TEN, null))
        .isInstanceOf(NullPointerException.class);
  }

  // --- LegacySystem ---

  @Test
  void legacySystem_blankName() {
    assertInvalid(
        () -> LegacySystem.builder().name("").build(),
        "LegacySystem.name must not be blank, but was ''",
        "LegacySystem",
        "name",
        "''");
  }

  @Test
  void legacySystem_missingAttributes() {
    assertMissing(
        () -> LegacySystem.builder().obsolete(true).build(),
        "Required attribute(s) not set: LegacySystem.name",
        "LegacySystem",
        "name");
  }

  // --- ProjectContext ---

  @Test
  void projectContext_blankCompany() {
    assertInvalid(
        () -> context().company(" ").build(),
        "ProjectContext.company must not be blank, but was ' '",
        "ProjectContext",
        "company",
        "' '");
  }

  @Test
  void projectContext_noModule() {
    assertInvalid(
        () -> context().modules(List.of()).build(),
        "ProjectContext.modules must hold at least one element, but was []",
        "ProjectContext",
        "modules",
        "[]");
  }

  @Test
  void projectContext_malformedCalendar() {
    assertInvalid(
        () -> context().calendar("FR/Alsace").build(),
        "ProjectContext.calendar " + ID_RULE + ", but was 'FR/Alsace'",
        "ProjectContext",
        "calendar",
        "'FR/Alsace'");
  }

  @Test
  void projectContext_targetFinishNotAfterStart() {
    assertInvalid(
        () -> context().targetFinish(DAY).build(),
        "ProjectContext.targetFinish must be after startDate (2024-03-01), but was 2024-03-01",
        "ProjectContext",
        "targetFinish",
        "2024-03-01");
    assertInvalid(
        () -> context().targetFinish(DAY_BEFORE).build(),
        "ProjectContext.targetFinish must be after startDate (2024-03-01), but was 2024-02-29",
        "ProjectContext",
        "targetFinish",
        "2024-02-29");
  }

  @Test
  void projectContext_missingAttributes() {
    assertMissing(
        () -> ProjectContext.builder().build(),
        "Required attribute(s) not set: ProjectContext.company, ProjectContext.industry,"
            + " ProjectContext.approach, ProjectContext.startDate, ProjectContext.budget",
        "ProjectContext",
        "company",
        "industry",
        "approach",
        "startDate",
        "budget");
  }

  // --- Meeting and MeetingMinutes ---

  @Test
  void meeting_malformedId() {
    assertInvalid(
        () -> meeting().id("").build(),
        "Meeting.id " + ID_RULE + ", but was ''",
        "Meeting",
        "id",
        "''");
  }

  @Test
  void meeting_malformedAttendee() {
    assertInvalid(
        () -> meeting().addAttendee("CEO").addAttendee("C.E.O. ").build(),
        "Meeting.attendees " + ID_RULE + ", but was 'C.E.O. '",
        "Meeting",
        "attendees",
        "'C.E.O. '");
  }

  @Test
  void meeting_minutesIssuedBeforeTheMeeting() {
    assertInvalid(
        () -> meeting().minutes(minutes().issuedOn(DAY_BEFORE).build()).build(),
        "Meeting.minutes.issuedOn must not be before the meeting (2024-03-01), but was 2024-02-29",
        "Meeting",
        "minutes.issuedOn",
        "2024-02-29");
  }

  @Test
  void meeting_missingAttributes() {
    assertMissing(
        () -> Meeting.builder().build(),
        "Required attribute(s) not set: Meeting.id, Meeting.kind, Meeting.date",
        "Meeting",
        "id",
        "kind",
        "date");
  }

  @Test
  void meetingMinutes_malformedAuthor() {
    assertInvalid(
        () -> minutes().author("project manager").build(),
        "MeetingMinutes.author " + ID_RULE + ", but was 'project manager'",
        "MeetingMinutes",
        "author",
        "'project manager'");
  }

  @Test
  void meetingMinutes_noPoint() {
    assertInvalid(
        () -> minutes().points(List.of()).build(),
        "MeetingMinutes.points must hold at least one element, but was []",
        "MeetingMinutes",
        "points",
        "[]");
  }

  @Test
  void meetingMinutes_blankPoint() {
    assertInvalid(
        () -> minutes().addPoint("\t").build(),
        "MeetingMinutes.points must not be blank, but was '\t'",
        "MeetingMinutes",
        "points",
        "'\t'");
  }

  @Test
  void meetingMinutes_malformedDecision() {
    assertInvalid(
        () -> minutes().addDecision("DEC 1").build(),
        "MeetingMinutes.decisions " + ID_RULE + ", but was 'DEC 1'",
        "MeetingMinutes",
        "decisions",
        "'DEC 1'");
  }

  @Test
  void meetingMinutes_missingAttributes() {
    assertMissing(
        () -> MeetingMinutes.builder().build(),
        "Required attribute(s) not set: MeetingMinutes.author, MeetingMinutes.issuedOn",
        "MeetingMinutes",
        "author",
        "issuedOn");
  }

  // --- Kpi ---

  @Test
  void kpi_malformedId() {
    assertInvalid(
        () -> kpi().id("K 1").build(),
        "Kpi.id " + ID_RULE + ", but was 'K 1'",
        "Kpi",
        "id",
        "'K 1'");
  }

  @Test
  void kpi_blankName() {
    assertInvalid(
        () -> kpi().name("").build(),
        "Kpi.name must not be blank, but was ''",
        "Kpi",
        "name",
        "''");
  }

  @Test
  void kpi_blankDefinition() {
    assertInvalid(
        () -> kpi().definition(" ").build(),
        "Kpi.definition must not be blank, but was ' '",
        "Kpi",
        "definition",
        "' '");
  }

  @Test
  void kpi_blankUnit() {
    assertInvalid(
        () -> kpi().unit("").build(),
        "Kpi.unit must not be blank, but was ''",
        "Kpi",
        "unit",
        "''");
  }

  @Test
  void kpi_malformedPhase() {
    assertInvalid(
        () -> kpi().phase("P1?").build(),
        "Kpi.phase " + ID_RULE + ", but was 'P1?'",
        "Kpi",
        "phase",
        "'P1?'");
  }

  @Test
  void kpi_malformedOwner() {
    assertInvalid(
        () -> kpi().owner("sales director").build(),
        "Kpi.owner " + ID_RULE + ", but was 'sales director'",
        "Kpi",
        "owner",
        "'sales director'");
  }

  @Test
  void kpi_missingAttributes() {
    assertMissing(
        () -> Kpi.builder().build(),
        "Required attribute(s) not set: Kpi.id, Kpi.name, Kpi.definition, Kpi.unit, Kpi.phase",
        "Kpi",
        "id",
        "name",
        "definition",
        "unit",
        "phase");
  }

  // --- Reopening and ProjectDecision ---

  @Test
  void reopening_malformedPhase() {
    assertInvalid(
        () -> reopening().phase("").build(),
        "Reopening.phase " + ID_RULE + ", but was ''",
        "Reopening",
        "phase",
        "''");
  }

  @Test
  void reopening_blankReason() {
    assertInvalid(
        () -> reopening().reason(" ").build(),
        "Reopening.reason must not be blank, but was ' '",
        "Reopening",
        "reason",
        "' '");
  }

  @Test
  void reopening_managementInformedBeforeTheReopening() {
    assertInvalid(
        () -> reopening().generalManagementInformedOn(DAY_BEFORE).build(),
        "Reopening.generalManagementInformedOn must not be before the reopening (2024-03-01), but"
            + " was 2024-02-29",
        "Reopening",
        "generalManagementInformedOn",
        "2024-02-29");
  }

  @Test
  void reopening_missingAttributes() {
    assertMissing(
        () -> Reopening.builder().build(),
        "Required attribute(s) not set: Reopening.phase, Reopening.date, Reopening.reason",
        "Reopening",
        "phase",
        "date",
        "reason");
  }

  @Test
  void projectDecision_malformedId() {
    assertInvalid(
        () -> decision().id("DEC-1 ").build(),
        "ProjectDecision.id " + ID_RULE + ", but was 'DEC-1 '",
        "ProjectDecision",
        "id",
        "'DEC-1 '");
  }

  @Test
  void projectDecision_blankStatement() {
    assertInvalid(
        () -> decision().statement("").build(),
        "ProjectDecision.statement must not be blank, but was ''",
        "ProjectDecision",
        "statement",
        "''");
  }

  @Test
  void projectDecision_malformedPhase() {
    assertInvalid(
        () -> decision().phase("_P1").build(),
        "ProjectDecision.phase " + ID_RULE + ", but was '_P1'",
        "ProjectDecision",
        "phase",
        "'_P1'");
  }

  @Test
  void projectDecision_malformedDecidedBy() {
    assertInvalid(
        () -> decision().addDecidedBy("CEO").addDecidedBy("").build(),
        "ProjectDecision.decidedBy " + ID_RULE + ", but was ''",
        "ProjectDecision",
        "decidedBy",
        "''");
  }

  @Test
  void projectDecision_reopenedBeforeItWasTaken() {
    assertInvalid(
        () ->
            decision()
                .addReopening(reopening().build())
                .addReopening(reopening().date(DAY_BEFORE).build())
                .build(),
        "ProjectDecision.reopenings must not be dated before the decision (2024-03-01), but was"
            + " 2024-02-29",
        "ProjectDecision",
        "reopenings",
        "2024-02-29");
  }

  @Test
  void projectDecision_missingAttributes() {
    assertMissing(
        () -> ProjectDecision.builder().build(),
        "Required attribute(s) not set: ProjectDecision.id, ProjectDecision.kind,"
            + " ProjectDecision.statement, ProjectDecision.phase, ProjectDecision.decidedOn",
        "ProjectDecision",
        "id",
        "kind",
        "statement",
        "phase",
        "decidedOn");
  }

  // --- ProjectPlan ---

  @Test
  void projectPlan_malformedId() {
    assertInvalid(
        () -> plan().id("my plan").build(),
        "ProjectPlan.id " + ID_RULE + ", but was 'my plan'",
        "ProjectPlan",
        "id",
        "'my plan'");
  }

  @Test
  void projectPlan_blankName() {
    assertInvalid(
        () -> plan().name("").build(),
        "ProjectPlan.name must not be blank, but was ''",
        "ProjectPlan",
        "name",
        "''");
  }

  @Test
  void projectPlan_malformedMethod() {
    assertInvalid(
        () -> plan().method("staged method").build(),
        "ProjectPlan.method " + ID_RULE + ", but was 'staged method'",
        "ProjectPlan",
        "method",
        "'staged method'");
  }

  @Test
  void projectPlan_statusDateBeforeStart() {
    assertInvalid(
        () -> plan().statusDate(DAY_BEFORE).build(),
        "ProjectPlan.statusDate must not be before the context's startDate (2024-03-01), but was"
            + " 2024-02-29",
        "ProjectPlan",
        "statusDate",
        "2024-02-29");
  }

  @Test
  void projectPlan_missingAttributes() {
    assertMissing(
        () -> ProjectPlan.builder().build(),
        "Required attribute(s) not set: ProjectPlan.id, ProjectPlan.name, ProjectPlan.method,"
            + " ProjectPlan.context",
        "ProjectPlan",
        "id",
        "name",
        "method",
        "context");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(Activity::builder);
    assertRejectsNulls(ImmutableThreePointEstimate::builder);
    assertRejectsNulls(ImmutableDependency::builder);
    assertRejectsNulls(ImmutableApproval::builder);
    assertRejectsNulls(Deliverable::builder);
    assertRejectsNulls(GateDecision::builder);
    assertRejectsNulls(PreAcceptance::builder);
    assertRejectsNulls(Training::builder);
    assertRejectsNulls(CutOver::builder);
    assertRejectsNulls(Hypercare::builder);
    assertRejectsNulls(FinalAcceptance::builder);
    assertRejectsNulls(Lot::builder);
    assertRejectsNulls(Phase::builder);
    assertRejectsNulls(ImmutableMoney::builder);
    assertRejectsNulls(LegacySystem::builder);
    assertRejectsNulls(ProjectContext::builder);
    assertRejectsNulls(Meeting::builder);
    assertRejectsNulls(MeetingMinutes::builder);
    assertRejectsNulls(Kpi::builder);
    assertRejectsNulls(Reopening::builder);
    assertRejectsNulls(ProjectDecision::builder);
    assertRejectsNulls(ProjectPlan::builder);
  }
}
