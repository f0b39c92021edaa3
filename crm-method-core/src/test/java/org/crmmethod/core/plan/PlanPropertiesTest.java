package org.crmmethod.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.plan.PlanGenerators.activities;
import static org.crmmethod.core.plan.PlanGenerators.activityParts;
import static org.crmmethod.core.plan.PlanGenerators.approvalParts;
import static org.crmmethod.core.plan.PlanGenerators.approvals;
import static org.crmmethod.core.plan.PlanGenerators.cutOverParts;
import static org.crmmethod.core.plan.PlanGenerators.cutOvers;
import static org.crmmethod.core.plan.PlanGenerators.deliverableParts;
import static org.crmmethod.core.plan.PlanGenerators.deliverables;
import static org.crmmethod.core.plan.PlanGenerators.dependencies;
import static org.crmmethod.core.plan.PlanGenerators.dependencyParts;
import static org.crmmethod.core.plan.PlanGenerators.finalAcceptanceParts;
import static org.crmmethod.core.plan.PlanGenerators.finalAcceptances;
import static org.crmmethod.core.plan.PlanGenerators.gateDecisionParts;
import static org.crmmethod.core.plan.PlanGenerators.gateDecisions;
import static org.crmmethod.core.plan.PlanGenerators.hypercareParts;
import static org.crmmethod.core.plan.PlanGenerators.hypercares;
import static org.crmmethod.core.plan.PlanGenerators.kpiParts;
import static org.crmmethod.core.plan.PlanGenerators.kpis;
import static org.crmmethod.core.plan.PlanGenerators.legacySystemParts;
import static org.crmmethod.core.plan.PlanGenerators.legacySystems;
import static org.crmmethod.core.plan.PlanGenerators.lotParts;
import static org.crmmethod.core.plan.PlanGenerators.lots;
import static org.crmmethod.core.plan.PlanGenerators.meetingMinutes;
import static org.crmmethod.core.plan.PlanGenerators.meetingMinutesParts;
import static org.crmmethod.core.plan.PlanGenerators.meetingParts;
import static org.crmmethod.core.plan.PlanGenerators.meetings;
import static org.crmmethod.core.plan.PlanGenerators.money;
import static org.crmmethod.core.plan.PlanGenerators.moneyParts;
import static org.crmmethod.core.plan.PlanGenerators.phaseParts;
import static org.crmmethod.core.plan.PlanGenerators.phases;
import static org.crmmethod.core.plan.PlanGenerators.preAcceptanceParts;
import static org.crmmethod.core.plan.PlanGenerators.preAcceptances;
import static org.crmmethod.core.plan.PlanGenerators.projectContextParts;
import static org.crmmethod.core.plan.PlanGenerators.projectContexts;
import static org.crmmethod.core.plan.PlanGenerators.projectDecisionParts;
import static org.crmmethod.core.plan.PlanGenerators.projectDecisions;
import static org.crmmethod.core.plan.PlanGenerators.projectPlanParts;
import static org.crmmethod.core.plan.PlanGenerators.projectPlans;
import static org.crmmethod.core.plan.PlanGenerators.reopeningParts;
import static org.crmmethod.core.plan.PlanGenerators.reopenings;
import static org.crmmethod.core.plan.PlanGenerators.threePointEstimateParts;
import static org.crmmethod.core.plan.PlanGenerators.threePointEstimates;
import static org.crmmethod.core.plan.PlanGenerators.trainingParts;
import static org.crmmethod.core.plan.PlanGenerators.trainings;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.crmmethod.core.method.ActivityKind;
import org.junit.jupiter.api.Test;

/**
 * Properties of every value of the plan side, over random valid values: built from random parts it
 * returns them; copied through its builder it stays equal; equal parts give equal values and hash
 * codes; the collections handed to its builder cannot change it afterwards.
 */
class PlanPropertiesTest {

  // --- ThreePointEstimate ---
  @Test
  void threePointEstimate_holdsItsParts() {
    qt().forAll(threePointEstimateParts())
        .checkAssert(
            parts -> {
              ThreePointEstimate estimate = parts.build();
              assertHoldsParts(parts, estimate);
              assertThat(estimate.isMilestone()).isEqualTo(parts.pessimistic() == 0);
              if (parts.optimistic() == parts.pessimistic()) {
                assertThat(ThreePointEstimate.exactly(parts.optimistic())).isEqualTo(estimate);
              }
            });
  }

  @Test
  void threePointEstimate_copiedThroughBuilder() {
    qt().forAll(threePointEstimates())
        .checkAssert(
            estimate ->
                assertEqualCopy(
                    ImmutableThreePointEstimate.builder().from(estimate).build(), estimate));
  }

  @Test
  void threePointEstimate_equalPartsEqualValues() {
    qt().forAll(threePointEstimateParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- Dependency ---
  @Test
  void dependency_holdsItsParts() {
    qt().forAll(dependencyParts())
        .checkAssert(
            parts -> {
              Dependency dependency = parts.build();
              assertHoldsParts(parts, dependency);
              assertThat(Dependency.on(parts.predecessor()))
                  .isEqualTo(Dependency.of(parts.predecessor(), DependencyType.FINISH_TO_START, 0));
            });
  }

  @Test
  void dependency_copiedThroughBuilder() {
    qt().forAll(dependencies())
        .checkAssert(
            dependency ->
                assertEqualCopy(
                    ImmutableDependency.builder().from(dependency).build(), dependency));
  }

  @Test
  void dependency_equalPartsEqualValues() {
    qt().forAll(dependencyParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- Approval ---
  @Test
  void approval_holdsItsParts() {
    qt().forAll(approvalParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void approval_copiedThroughBuilder() {
    qt().forAll(approvals())
        .checkAssert(
            approval ->
                assertEqualCopy(ImmutableApproval.builder().from(approval).build(), approval));
  }

  @Test
  void approval_equalPartsEqualValues() {
    qt().forAll(approvalParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- Activity ---
  @Test
  void activity_holdsItsParts() {
    qt().forAll(activityParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void activity_copiedThroughBuilder() {
    qt().forAll(activities())
        .checkAssert(
            activity -> assertEqualCopy(Activity.builder().from(activity).build(), activity));
  }

  @Test
  void activity_equalPartsEqualValues() {
    qt().forAll(activityParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void activity_collectionsFixedAtBuild() {
    qt().forAll(activityParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Deliverable ---
  @Test
  void deliverable_holdsItsParts() {
    qt().forAll(deliverableParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void deliverable_copiedThroughBuilder() {
    qt().forAll(deliverables())
        .checkAssert(
            deliverable ->
                assertEqualCopy(Deliverable.builder().from(deliverable).build(), deliverable));
  }

  @Test
  void deliverable_equalPartsEqualValues() {
    qt().forAll(deliverableParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void deliverable_collectionsFixedAtBuild() {
    qt().forAll(deliverableParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- GateDecision ---
  @Test
  void gateDecision_holdsItsParts() {
    qt().forAll(gateDecisionParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void gateDecision_copiedThroughBuilder() {
    qt().forAll(gateDecisions())
        .checkAssert(
            decision -> assertEqualCopy(GateDecision.builder().from(decision).build(), decision));
  }

  @Test
  void gateDecision_equalPartsEqualValues() {
    qt().forAll(gateDecisionParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void gateDecision_collectionsFixedAtBuild() {
    qt().forAll(gateDecisionParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- PreAcceptance ---
  @Test
  void preAcceptance_holdsItsParts() {
    qt().forAll(preAcceptanceParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void preAcceptance_copiedThroughBuilder() {
    qt().forAll(preAcceptances())
        .checkAssert(step -> assertEqualCopy(PreAcceptance.builder().from(step).build(), step));
  }

  @Test
  void preAcceptance_equalPartsEqualValues() {
    qt().forAll(preAcceptanceParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void preAcceptance_collectionsFixedAtBuild() {
    qt().forAll(preAcceptanceParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Training ---
  @Test
  void training_holdsItsParts() {
    qt().forAll(trainingParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void training_copiedThroughBuilder() {
    qt().forAll(trainings())
        .checkAssert(step -> assertEqualCopy(Training.builder().from(step).build(), step));
  }

  @Test
  void training_equalPartsEqualValues() {
    qt().forAll(trainingParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- CutOver ---
  @Test
  void cutOver_holdsItsParts() {
    qt().forAll(cutOverParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void cutOver_copiedThroughBuilder() {
    qt().forAll(cutOvers())
        .checkAssert(step -> assertEqualCopy(CutOver.builder().from(step).build(), step));
  }

  @Test
  void cutOver_equalPartsEqualValues() {
    qt().forAll(cutOverParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void cutOver_collectionsFixedAtBuild() {
    qt().forAll(cutOverParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Hypercare ---
  @Test
  void hypercare_holdsItsParts() {
    qt().forAll(hypercareParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void hypercare_copiedThroughBuilder() {
    qt().forAll(hypercares())
        .checkAssert(step -> assertEqualCopy(Hypercare.builder().from(step).build(), step));
  }

  @Test
  void hypercare_equalPartsEqualValues() {
    qt().forAll(hypercareParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- FinalAcceptance ---
  @Test
  void finalAcceptance_holdsItsParts() {
    qt().forAll(finalAcceptanceParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void finalAcceptance_copiedThroughBuilder() {
    qt().forAll(finalAcceptances())
        .checkAssert(step -> assertEqualCopy(FinalAcceptance.builder().from(step).build(), step));
  }

  @Test
  void finalAcceptance_equalPartsEqualValues() {
    qt().forAll(finalAcceptanceParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- Lot ---
  @Test
  void lot_holdsItsParts() {
    qt().forAll(lotParts())
        .checkAssert(
            parts -> {
              Lot lot = parts.build();
              assertHoldsParts(parts, lot);
              assertThat(lot.steps())
                  .extracting(step -> step.activity().kind())
                  .isSortedAccordingTo(Enum::compareTo)
                  .allMatch(ActivityKind::isLotStep);
              int workstreams = parts.workstreams().size();
              assertThat(lot.activities()).hasSize(workstreams + lot.steps().size());
              assertThat(lot.activities().subList(0, workstreams)).isEqualTo(parts.workstreams());
            });
  }

  @Test
  void lot_copiedThroughBuilder() {
    qt().forAll(lots()).checkAssert(lot -> assertEqualCopy(Lot.builder().from(lot).build(), lot));
  }

  @Test
  void lot_equalPartsEqualValues() {
    qt().forAll(lotParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void lot_collectionsFixedAtBuild() {
    qt().forAll(lotParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Phase ---
  @Test
  void phase_holdsItsParts() {
    qt().forAll(phaseParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void phase_copiedThroughBuilder() {
    qt().forAll(phases())
        .checkAssert(phase -> assertEqualCopy(Phase.builder().from(phase).build(), phase));
  }

  @Test
  void phase_equalPartsEqualValues() {
    qt().forAll(phaseParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void phase_collectionsFixedAtBuild() {
    qt().forAll(phaseParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Money ---
  @Test
  void money_holdsItsParts() {
    qt().forAll(moneyParts())
        .checkAssert(
            parts -> {
              Money money = parts.build();
              assertHoldsParts(parts, money);
              String code = parts.currency().getCurrencyCode();
              assertThat(money).hasToString(parts.amount().toPlainString() + " " + code);
              assertThat(Money.of(parts.amount().toPlainString(), code)).isEqualTo(money);
            });
  }

  @Test
  void money_copiedThroughBuilder() {
    qt().forAll(money())
        .checkAssert(money -> assertEqualCopy(ImmutableMoney.builder().from(money).build(), money));
  }

  @Test
  void money_equalPartsEqualValues() {
    qt().forAll(moneyParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- LegacySystem ---
  @Test
  void legacySystem_holdsItsParts() {
    qt().forAll(legacySystemParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void legacySystem_copiedThroughBuilder() {
    qt().forAll(legacySystems())
        .checkAssert(
            system -> assertEqualCopy(LegacySystem.builder().from(system).build(), system));
  }

  @Test
  void legacySystem_equalPartsEqualValues() {
    qt().forAll(legacySystemParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- ProjectContext ---
  @Test
  void projectContext_holdsItsParts() {
    qt().forAll(projectContextParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void projectContext_copiedThroughBuilder() {
    qt().forAll(projectContexts())
        .checkAssert(
            context -> assertEqualCopy(ProjectContext.builder().from(context).build(), context));
  }

  @Test
  void projectContext_equalPartsEqualValues() {
    qt().forAll(projectContextParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void projectContext_collectionsFixedAtBuild() {
    qt().forAll(projectContextParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- MeetingMinutes ---
  @Test
  void meetingMinutes_holdsItsParts() {
    qt().forAll(meetingMinutesParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void meetingMinutes_copiedThroughBuilder() {
    qt().forAll(meetingMinutes())
        .checkAssert(
            minutes -> assertEqualCopy(MeetingMinutes.builder().from(minutes).build(), minutes));
  }

  @Test
  void meetingMinutes_equalPartsEqualValues() {
    qt().forAll(meetingMinutesParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void meetingMinutes_collectionsFixedAtBuild() {
    qt().forAll(meetingMinutesParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Meeting ---
  @Test
  void meeting_holdsItsParts() {
    qt().forAll(meetingParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void meeting_copiedThroughBuilder() {
    qt().forAll(meetings())
        .checkAssert(meeting -> assertEqualCopy(Meeting.builder().from(meeting).build(), meeting));
  }

  @Test
  void meeting_equalPartsEqualValues() {
    qt().forAll(meetingParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void meeting_collectionsFixedAtBuild() {
    qt().forAll(meetingParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Kpi ---
  @Test
  void kpi_holdsItsParts() {
    qt().forAll(kpiParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void kpi_copiedThroughBuilder() {
    qt().forAll(kpis()).checkAssert(kpi -> assertEqualCopy(Kpi.builder().from(kpi).build(), kpi));
  }

  @Test
  void kpi_equalPartsEqualValues() {
    qt().forAll(kpiParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- Reopening ---
  @Test
  void reopening_holdsItsParts() {
    qt().forAll(reopeningParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void reopening_copiedThroughBuilder() {
    qt().forAll(reopenings())
        .checkAssert(
            reopening -> assertEqualCopy(Reopening.builder().from(reopening).build(), reopening));
  }

  @Test
  void reopening_equalPartsEqualValues() {
    qt().forAll(reopeningParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- ProjectDecision ---
  @Test
  void projectDecision_holdsItsParts() {
    qt().forAll(projectDecisionParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void projectDecision_copiedThroughBuilder() {
    qt().forAll(projectDecisions())
        .checkAssert(
            decision ->
                assertEqualCopy(ProjectDecision.builder().from(decision).build(), decision));
  }

  @Test
  void projectDecision_equalPartsEqualValues() {
    qt().forAll(projectDecisionParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void projectDecision_collectionsFixedAtBuild() {
    qt().forAll(projectDecisionParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- ProjectPlan ---
  @Test
  void projectPlan_holdsItsParts() {
    qt().forAll(projectPlanParts())
        .checkAssert(
            parts -> {
              ProjectPlan plan = parts.build();
              assertHoldsParts(parts, plan);
              for (Phase phase : parts.phases()) {
                assertThat(plan.phase(phase.id())).isPresent();
                assertThat(plan.activities()).containsAll(phase.activities());
              }
              for (Lot lot : parts.lots()) {
                assertThat(plan.lot(lot.id())).isPresent();
                assertThat(plan.activities()).containsAll(lot.activities());
              }
              plan.activities()
                  .forEach(activity -> assertThat(plan.activity(activity.id())).isPresent());
            });
  }

  @Test
  void projectPlan_copiedThroughBuilder() {
    qt().forAll(projectPlans())
        .checkAssert(plan -> assertEqualCopy(ProjectPlan.builder().from(plan).build(), plan));
  }

  @Test
  void projectPlan_equalPartsEqualValues() {
    qt().forAll(projectPlanParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void projectPlan_collectionsFixedAtBuild() {
    qt().forAll(projectPlanParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
