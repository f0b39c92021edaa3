package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.startmodule.StartModuleCriterion;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.core.startmodule.StartModuleRisk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts F01-F05: where a CRM project starts. */
class StartModuleCatalogueTest {
  private final Method staged = StagedMethod.definition();
  private final ProjectPlan plan = PharmaReferencePlan.plan();

  @Test
  @DisplayName("F01: priorities come only after the approved strategic objective")
  void f01_prioritiesFollowTheStrategicObjective() {
    assertThat(staged.deliverableType(MethodDeliverables.PRIORITIES).orElseThrow().prerequisites())
        .containsExactly(MethodDeliverables.STRATEGIC_OBJECTIVE);
    List<ActivityKind> strategyWork = staged.phase(StagedMethod.STRATEGY).orElseThrow().activityKinds();
    assertThat(strategyWork.indexOf(ActivityKind.STRATEGIC_OBJECTIVE))
        .isZero()
        .isLessThan(strategyWork.indexOf(ActivityKind.PRIORITISATION));
    assertThat(plan.activity("S-PRIO").orElseThrow().dependencies()).containsExactly(Dependency.on("S-OBJ"));
    assertThat(ActivityKind.PRIORITISATION.facts()).containsExactly(MethodFact.F01);
  }

  @Test
  @DisplayName("F02: three primary criteria decide the start module, ROI is not one of them")
  void f02_primaryCriteriaExcludeReturnOnInvestment() {
    assertThat(StartModuleCatalogue.primaryCriteria())
        .containsExactly(
            StartModuleCriterion.CUSTOMER_CULTURE_SHIFT,
            StartModuleCriterion.ENABLES_LATER_STEPS,
            StartModuleCriterion.AWAITED_BY_USERS);
    assertThat(StartModuleCriterion.RETURN_ON_INVESTMENT.isPrimary()).isFalse();
    assertThat(StartModuleCriterion.CUSTOMER_CULTURE_SHIFT.facts()).containsExactly(MethodFact.F02);
  }

  @Test
  @DisplayName("F03: SFA meets an obsolete legacy, past failures and settled habits")
  void f03_sfaCarriesTheLegacyRisks() {
    StartModuleProfile sfa = StartModuleCatalogue.profile(CrmModule.SFA);
    assertThat(sfa.riskFactors())
        .containsExactlyInAnyOrder(
            StartModuleRisk.OBSOLETE_LEGACY_SYSTEM,
            StartModuleRisk.PAST_FAILURES,
            StartModuleRisk.SETTLED_HABITS);
    assertThat(sfa.strengths()).containsExactly(StartModuleCriterion.RETURN_ON_INVESTMENT);
    assertThat(sfa.facts()).contains(MethodFact.F03);
    assertThat(plan.context().legacySystem().orElseThrow())
        .satisfies(legacy -> assertThat(legacy.obsolete() && legacy.pastFailures() && legacy.settledHabits()).isTrue());
  }

  @Test
  @DisplayName("F04: analytical CRM is easier, involves fewer and more alike people and reaches ROI easily")
  void f04_analyticalIsAStrongStart() {
    StartModuleProfile analytical = StartModuleCatalogue.profile(CrmModule.ANALYTICAL);
    assertThat(analytical.strengths())
        .contains(
            StartModuleCriterion.EASE_OF_IMPLEMENTATION,
            StartModuleCriterion.FEW_HOMOGENEOUS_PEOPLE,
            StartModuleCriterion.RETURN_ON_INVESTMENT,
            StartModuleCriterion.ENABLES_LATER_STEPS);
    assertThat(analytical.riskFactors()).isEmpty();
    assertThat(analytical.facts()).containsExactly(MethodFact.F04);
    assertThat(plan.lots()).extracting(Lot::modules)
        .containsExactly(Set.of(CrmModule.ANALYTICAL), Set.of(CrmModule.SFA));
  }

  @Test
  @DisplayName("F02-F04: every module has a profile")
  void f02_everyModuleHasAProfile() {
    assertThat(StartModuleCatalogue.profiles())
        .extracting(StartModuleProfile::module)
        .containsExactlyInAnyOrder(CrmModule.values());
  }

  @Test
  @DisplayName("F05: the staged method runs its phases in order, each closed by a gate")
  void f05_stagedPhasesInOrder() {
    assertThat(staged.phases())
        .extracting(PhaseTemplate::id)
        .containsExactly(StagedMethod.STRATEGY, StagedMethod.AUDIT, StagedMethod.SPECIFICATION, StagedMethod.DEPLOYMENT);
    assertThat(staged.phases()).allSatisfy(phase -> assertThat(phase.exitGate()).isPresent());
    assertThat(staged.facts()).contains(MethodFact.F05);
    assertThat(ActivityKind.GATE_REVIEW.facts()).containsExactly(MethodFact.F05);
  }
}
