package org.crmmethod.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.FinalAcceptance;
import org.crmmethod.core.plan.Hypercare;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.Kpi;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.startmodule.StartModuleChoice;
import org.crmmethod.core.startmodule.StartModuleCriterion;

/** A small plan, built by hand, whose document the wire-format test pins character by character. */
final class PinnedPlans {
  private PinnedPlans() {}

  static ProjectPlan small() {
    LocalDate start = LocalDate.of(2027, 1, 4);
    return ProjectPlan.builder()
        .id("P-1")
        .name("Pinned plan")
        .method("crm-staged")
        .context(
            ProjectContext.builder()
                .company("ACME")
                .industry(Industry.RETAIL)
                .approach(Approach.DIFFERENTIATING)
                .addModules(CrmModule.SFA)
                .startDate(start)
                .budget(Money.of("1250000.00", "EUR"))
                .build())
        .addLots(
            Lot.builder()
                .id("LOT-1")
                .name("Sales")
                .phase("DEPLOYMENT")
                .addModules(CrmModule.SFA)
                .addWorkstreams(
                    Activity.builder()
                        .id("L1-CONF")
                        .name("Configure")
                        .kind(ActivityKind.CONFIGURATION)
                        .estimate(ThreePointEstimate.of(5, 10, 20.5))
                        .addDependencies(Dependency.of("S-OBJ", DependencyType.START_TO_START, 2))
                        .addRoles("consultant")
                        .teamSize(2)
                        .startNoEarlierThan(start)
                        .build())
                .hypercare(
                    Hypercare.builder()
                        .activity(activity("L1-HYP", ActivityKind.HYPERCARE))
                        .responseTimeHours(4)
                        .build())
                .finalAcceptance(
                    FinalAcceptance.builder()
                        .activity(activity("L1-FIN", ActivityKind.FINAL_ACCEPTANCE))
                        .signature(Approval.of("SPONSOR", "sponsor", start.plusDays(90)))
                        .build())
                .build())
        .startModule(
            StartModuleChoice.builder()
                .module(CrmModule.SFA)
                .addCriteria(StartModuleCriterion.AWAITED_BY_USERS)
                .decidedOn(start)
                .build())
        .addStakeholders(
            Stakeholder.builder().id("SPONSOR").name("Ada").addRoles("sponsor").build())
        .addTeams(
            Team.builder()
                .id("STEERING")
                .name("Steering committee")
                .purpose(TeamPurpose.STEERING)
                .putComposition("sponsor", 1)
                .putComposition("project-manager", 2)
                .addMembers("SPONSOR")
                .build())
        .addKpis(
            Kpi.builder()
                .id("KPI-1")
                .name("Adoption")
                .definition("Share of users active weekly")
                .unit("%")
                .target(new BigDecimal("80.5"))
                .phase("DEPLOYMENT")
                .build())
        .build();
  }

  private static Activity activity(String id, ActivityKind kind) {
    return Activity.builder()
        .id(id)
        .name(id)
        .kind(kind)
        .estimate(ThreePointEstimate.milestone())
        .build();
  }
}
