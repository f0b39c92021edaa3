package org.crmmethod.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodGates;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.BusinessFunction;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.CutOver;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;

/**
 * The small plan whose document docs/WIRE-FORMAT.md shows: two phases, one lot with a workstream
 * and two of its steps, a deliverable with its approval, a gate decision, people, a team and a
 * KPI. Small enough to read, yet it shows each kind of JSON value the format uses.
 */
final class ExamplePlan {
  private static final LocalDate START = LocalDate.of(2027, 3, 1);

  private ExamplePlan() {}

  static ProjectPlan plan() {
    return ProjectPlan.builder()
        .id("acme-crm")
        .name("Acme Medical: analytical CRM first")
        .method(StagedMethod.ID)
        .context(
            ProjectContext.builder()
                .company("Acme Medical")
                .industry(Industry.MEDICAL_DEVICES)
                .approach(Approach.CLASSIC)
                .addModules(CrmModule.ANALYTICAL)
                .startDate(START)
                .budget(Money.of("250000.00", "EUR"))
                .targetFinish(LocalDate.of(2027, 12, 17))
                .build())
        .statusDate(LocalDate.of(2027, 3, 26))
        .addPhases(
            Phase.builder()
                .id(StagedMethod.STRATEGY)
                .name("Strategy")
                .template(StagedMethod.STRATEGY)
                .addActivities(
                    Activity.builder()
                        .id("S-OBJ")
                        .name("Formalise the strategic objective")
                        .kind(ActivityKind.STRATEGIC_OBJECTIVE)
                        .estimate(ThreePointEstimate.of(10, 15, 20))
                        .addRoles(MethodRoles.GENERAL_MANAGEMENT, MethodRoles.PROJECT_MANAGER)
                        .addParticipants("CEO")
                        .teamSize(2)
                        .build(),
                    Activity.builder()
                        .id("S-GATE")
                        .name("Strategy approved")
                        .kind(ActivityKind.GATE_REVIEW)
                        .estimate(ThreePointEstimate.milestone())
                        .addDependencies(Dependency.on("S-OBJ"))
                        .build())
                .plannedStart(START)
                .plannedFinish(LocalDate.of(2027, 3, 26))
                .build(),
            Phase.builder()
                .id(StagedMethod.DEPLOYMENT)
                .name("Deployment")
                .template(StagedMethod.DEPLOYMENT)
                .build())
        .addLots(
            Lot.builder()
                .id("LOT-1")
                .name("Analytical CRM")
                .phase(StagedMethod.DEPLOYMENT)
                .addModules(CrmModule.ANALYTICAL)
                .configuredOnly(true)
                .addWorkstreams(
                    Activity.builder()
                        .id("L1-CONF")
                        .name("Configure the reports")
                        .kind(ActivityKind.CONFIGURATION)
                        .estimate(ThreePointEstimate.of(15, 20, 30))
                        .addDependencies(Dependency.of("S-GATE", DependencyType.FINISH_TO_START, 5))
                        .addRoles(MethodRoles.INTEGRATOR)
                        .build())
                .preAcceptance(
                    PreAcceptance.builder()
                        .activity(
                            Activity.builder()
                                .id("L1-PRE")
                                .name("Pre-acceptance by the key users")
                                .kind(ActivityKind.PRE_ACCEPTANCE)
                                .estimate(ThreePointEstimate.exactly(5))
                                .addDependencies(Dependency.on("L1-CONF"))
                                .addRoles(MethodRoles.KEY_USER)
                                .addParticipants("KU-SALES")
                                .build())
                        .addKeyUsers("KU-SALES")
                        .build())
                .cutOver(
                    CutOver.builder()
                        .activity(
                            Activity.builder()
                                .id("L1-CUT")
                                .name("Load the sales history")
                                .kind(ActivityKind.CUT_OVER)
                                .estimate(ThreePointEstimate.of(1, 2, 3))
                                .addDependencies(Dependency.on("L1-PRE"))
                                .addRoles(MethodRoles.INTEGRATOR)
                                .build())
                        .addExtractedData("Sales of the last three years")
                        .automatedImport(true)
                        .importReport(true)
                        .build())
                .build())
        .addDeliverables(
            Deliverable.builder()
                .id("DEL-OBJ")
                .type(MethodDeliverables.STRATEGIC_OBJECTIVE)
                .name("Strategic objective")
                .phase(StagedMethod.STRATEGY)
                .producedBy("S-OBJ")
                .status(DeliverableStatus.APPROVED)
                .addApprovals(
                    Approval.of("CEO", MethodRoles.GENERAL_MANAGEMENT, LocalDate.of(2027, 3, 24)))
                .build())
        .addGateDecisions(
            GateDecision.builder()
                .gate(MethodGates.STRATEGY_APPROVED)
                .outcome(GateOutcome.GO)
                .decidedBy("CEO")
                .decidedOn(LocalDate.of(2027, 3, 26))
                .rationale("The objective is approved and the budget is granted.")
                .build())
        .addDepartments(
            Department.builder()
                .id("SALES")
                .name("Sales")
                .function(BusinessFunction.SALES)
                .customerFacing(true)
                .addCustomerDuties("Visits hospitals and distributors")
                .build())
        .addStakeholders(
            Stakeholder.builder()
                .id("CEO")
                .name("Chief executive")
                .addRoles(MethodRoles.GENERAL_MANAGEMENT)
                .build(),
            Stakeholder.builder()
                .id("KU-SALES")
                .name("Key user, sales")
                .department("SALES")
                .addRoles(MethodRoles.KEY_USER)
                .build())
        .addTeams(
            Team.builder()
                .id("STEERING")
                .name("Steering committee")
                .purpose(TeamPurpose.STEERING)
                .putComposition(MethodRoles.GENERAL_MANAGEMENT, 1)
                .putComposition(MethodRoles.KEY_USER, 1)
                .addMembers("CEO", "KU-SALES")
                .build())
        .addKpis(
            Kpi.builder()
                .id("KPI-ADOPTION")
                .name("Weekly active users")
                .definition("Share of licensed users who open the reports each week")
                .unit("%")
                .target(new BigDecimal("80"))
                .phase(StagedMethod.DEPLOYMENT)
                .owner("CEO")
                .build())
        .build();
  }
}
