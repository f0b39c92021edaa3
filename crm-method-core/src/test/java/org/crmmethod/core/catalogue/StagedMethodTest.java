package org.crmmethod.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts F06-F11: the staged four-phase method. */
class StagedMethodTest {
  private final Method staged = StagedMethod.definition();

  private PhaseTemplate phase(String id) {
    return staged.phase(id).orElseThrow();
  }

  private DeliverableType deliverable(String id) {
    return staged.deliverableType(id).orElseThrow();
  }

  private QualityGate exitGate(String phase) {
    return staged.gate(phase(phase).exitGate().orElseThrow()).orElseThrow();
  }

  @Test
  @DisplayName("F06: phase 1 lasts about 3 months and ends with general management's approval of objective, market analysis and budget")
  void f06_strategyPhase() {
    PhaseTemplate strategy = phase(StagedMethod.STRATEGY);
    assertThat(strategy.typicalDuration()).isEqualTo(DurationRange.about(3, DurationUnit.MONTHS));
    assertThat(strategy.requiredDeliverables())
        .contains(MethodDeliverables.STRATEGIC_OBJECTIVE, MethodDeliverables.MARKET_ANALYSIS, MethodDeliverables.BUDGET);
    assertThat(strategy.activityKinds())
        .contains(ActivityKind.STRATEGIC_OBJECTIVE, ActivityKind.MARKET_ANALYSIS, ActivityKind.BUDGETING);
    assertThat(deliverable(MethodDeliverables.STRATEGIC_OBJECTIVE).approvedBy())
        .containsExactly(MethodRoles.GENERAL_MANAGEMENT);
    QualityGate gate = exitGate(StagedMethod.STRATEGY);
    assertThat(gate.id()).isEqualTo(MethodGates.STRATEGY_APPROVED);
    assertThat(gate.approvingRole()).isEqualTo(MethodRoles.GENERAL_MANAGEMENT);
    assertThat(gate.requiredDeliverables())
        .containsExactlyInAnyOrder(MethodDeliverables.STRATEGIC_OBJECTIVE, MethodDeliverables.MARKET_ANALYSIS, MethodDeliverables.BUDGET);
    assertThat(strategy.facts()).contains(MethodFact.F06);
  }

  @Test
  @DisplayName("F07: phase 2 lasts 1 to 2 months or more, meets executives and representative users one to one and in groups, and yields charter and architecture")
  void f07_auditPhase() {
    PhaseTemplate audit = phase(StagedMethod.AUDIT);
    assertThat(audit.typicalDuration()).isEqualTo(DurationRange.of(1, 2, DurationUnit.MONTHS));
    assertThat(audit.extensible()).isTrue();
    assertThat(audit.decisive()).isTrue();
    assertThat(staged.phases()).filteredOn(PhaseTemplate::decisive).containsExactly(audit);
    assertThat(audit.activityKinds())
        .contains(ActivityKind.AUDIT_INTERVIEWS, ActivityKind.AUDIT_WORKSHOPS, ActivityKind.CHANGE_MANAGEMENT);
    assertThat(audit.involvedRoles()).contains(MethodRoles.EXECUTIVE, MethodRoles.REPRESENTATIVE_USER);
    assertThat(audit.requiredDeliverables())
        .contains(MethodDeliverables.PROJECT_CHARTER, MethodDeliverables.TECHNICAL_ARCHITECTURE, MethodDeliverables.AUDIT_REPORT);
    assertThat(deliverable(MethodDeliverables.AUDIT_REPORT).requiredSections())
        .containsExactly(
            MethodDeliverables.SECTION_EXPECTATIONS,
            MethodDeliverables.SECTION_OBSTACLES,
            MethodDeliverables.SECTION_CURRENT_LIMITS);
    assertThat(exitGate(StagedMethod.AUDIT).requiredDeliverables())
        .contains(MethodDeliverables.PROJECT_CHARTER, MethodDeliverables.TECHNICAL_ARCHITECTURE);
  }

  @Test
  @DisplayName("F08: phase 3 lasts 2 to 3 months; teams of 6 to 12 write a specification with gap analysis, interfaces and data-migration scope")
  void f08_specificationPhase() {
    PhaseTemplate specification = phase(StagedMethod.SPECIFICATION);
    assertThat(specification.typicalDuration()).isEqualTo(DurationRange.of(2, 3, DurationUnit.MONTHS));
    TeamNorm norm = specification.teamNorms().get(0);
    assertThat(norm.purpose()).isEqualTo(TeamPurpose.SPECIFICATION);
    assertThat(norm.minimumSize()).isEqualTo(6);
    assertThat(norm.maximumSize()).isEqualTo(12);
    assertThat(norm.requiredRoles()).contains(MethodRoles.PROSPECTIVE_USER);
    assertThat(specification.involvedRoles())
        .contains(MethodRoles.DESIGNER, MethodRoles.PROSPECTIVE_USER, MethodRoles.RELATED_DEPARTMENT, MethodRoles.CUSTOMER_REPRESENTATIVE);
    assertThat(deliverable(MethodDeliverables.REQUIREMENTS_SPECIFICATION).requiredSections())
        .contains(
            MethodDeliverables.SECTION_GAP_ANALYSIS,
            MethodDeliverables.SECTION_INTERFACE_SPECIFICATIONS,
            MethodDeliverables.SECTION_DATA_MIGRATION_SCOPE);
    assertThat(specification.activityKinds())
        .contains(ActivityKind.GAP_ANALYSIS, ActivityKind.INTERFACE_SPECIFICATION, ActivityKind.DATA_MIGRATION_SCOPING);
  }

  @Test
  @DisplayName("F08: the reference plan's specification teams hold 6 to 12 people including prospective users")
  void f08_referencePlanSpecificationTeams() {
    ProjectPlan plan = PharmaReferencePlan.plan();
    TeamNorm norm = phase(StagedMethod.SPECIFICATION).teamNorms().get(0);
    assertThat(plan.teams()).filteredOn(team -> team.purpose() == TeamPurpose.SPECIFICATION)
        .hasSize(2)
        .allSatisfy(team -> {
          assertThat(norm.allows(team.size())).as("size of %s", team.id()).isTrue();
          assertThat(team.headcount(MethodRoles.PROSPECTIVE_USER)).isPositive();
        });
    assertThat(norm.allows(5)).isFalse();
    assertThat(norm.allows(13)).isFalse();
  }

  @Test
  @DisplayName("F09: phase 3 loops back to the audit groups and reports reopened decisions to general management")
  void f09_loopBackAndReport() {
    PhaseTemplate specification = phase(StagedMethod.SPECIFICATION);
    assertThat(specification.mayLoopBackTo()).contains(StagedMethod.AUDIT);
    assertThat(specification.reopeningsReportTo()).contains(MethodRoles.GENERAL_MANAGEMENT);
    assertThat(specification.activityKinds()).contains(ActivityKind.GUIDELINE_REVIEW);
    assertThat(staged.phases()).filteredOn(phase -> phase.mayLoopBackTo().isPresent()).containsExactly(specification);
  }

  @Test
  @DisplayName("F10: phase 4 lasts 3 to 5 months with tests, training and KPIs")
  void f10_deploymentPhase() {
    PhaseTemplate deployment = phase(StagedMethod.DEPLOYMENT);
    assertThat(deployment.typicalDuration()).isEqualTo(DurationRange.of(3, 5, DurationUnit.MONTHS));
    assertThat(deployment.runsLots()).isTrue();
    assertThat(deployment.activityKinds()).contains(ActivityKind.TESTS, ActivityKind.TRAINING, ActivityKind.KPI_SETUP);
    assertThat(deployment.requiredDeliverables()).contains(MethodDeliverables.KPI_SET);
    assertThat(exitGate(StagedMethod.DEPLOYMENT).requiredDeliverables()).containsExactly(MethodDeliverables.KPI_SET);
  }

  @Test
  @DisplayName("F11: about 12 months in all, 9 at the least, and 90 days covers at most the physical deployment")
  void f11_timelineNorms() {
    TimelineNorms norms = staged.timelineNorms().orElseThrow();
    assertThat(norms.nominalMonths()).isEqualTo(12);
    assertThat(norms.credibleMinimumMonths()).isEqualTo(9);
    assertThat(norms.physicalDeploymentOnlyDays()).isEqualTo(90);
    assertThat(norms.facts()).containsExactly(MethodFact.F11);
    // The phases' ranges add up to 9 to 13 months, which frames the nominal 12.
    DurationRange total = staged.typicalDuration();
    assertThat(total.minimumWorkingDays()).isEqualTo(9 * 21);
    assertThat(total.maximumWorkingDays()).isEqualTo(13 * 21);
    assertThat(total.contains(norms.nominalMonths() * DurationUnit.MONTHS.workingDays())).isTrue();
  }

  @Test
  @DisplayName("F06-F11: every reference in the staged method resolves")
  void f06_referencesResolve() {
    for (PhaseTemplate phase : staged.phases()) {
      assertThat(phase.requiredDeliverables()).allSatisfy(id -> assertThat(staged.deliverableType(id)).isPresent());
      assertThat(phase.involvedRoles()).allSatisfy(id -> assertThat(staged.role(id)).isPresent());
    }
    assertThat(staged.gates()).allSatisfy(gate -> assertThat(staged.role(gate.approvingRole())).isPresent());
    assertThat(staged.phasePosition(StagedMethod.DEPLOYMENT)).hasValue(3);
    assertThat(staged.phasePosition("NO-SUCH-PHASE")).isEmpty();
  }
}
