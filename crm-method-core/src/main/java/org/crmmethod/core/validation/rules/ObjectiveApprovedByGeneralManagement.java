package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * General management approves the strategic objective before phase 2 starts (F06). In the plan's
 * network, no phase-2 activity may start before the objective is formalised; once phase 2 has
 * started (its planned start is on or before the status date), the objective must carry a
 * general-management approval dated no later than that start.
 */
final class ObjectiveApprovedByGeneralManagement extends BuiltInRule {
  ObjectiveApprovedByGeneralManagement() {
    super(BuiltInRules.OBJECTIVE_APPROVED_BY_GENERAL_MANAGEMENT, Severity.ERROR, "General management approves the strategic objective before phase 2", MethodFact.F06);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Optional<Phase> strategy = context.phasePlanning(ActivityKind.STRATEGIC_OBJECTIVE);
    if (strategy.isEmpty()) {
      return;
    }
    int index = plan.phases().indexOf(strategy.get());
    if (index + 1 >= plan.phases().size()) {
      return;
    }
    Phase second = plan.phases().get(index + 1);
    OptionalDouble formalised = context.latestFinish(context.activitiesOfKind(ActivityKind.STRATEGIC_OBJECTIVE));
    if (formalised.isPresent()) {
      for (Activity activity : second.activities()) {
        double start = context.earlyStart(activity.id()).getAsDouble();
        if (start < formalised.getAsDouble()) {
          findings.report(
              context.pathOf(activity.id()),
              "Activity '" + activity.id() + "' of phase '" + second.id() + "' starts on working day " + plain(start)
                  + ", before the strategic objective can be approved (formalised on day " + plain(formalised.getAsDouble()) + ")",
              "Make phase " + second.id() + " wait for the strategy gate.");
        }
      }
    }
    List<Deliverable> objectives = context.deliverablesOfType(MethodDeliverables.STRATEGIC_OBJECTIVE);
    for (Deliverable objective : objectives) {
      boolean approvedByGm = objective.approvals().stream().anyMatch(a -> a.role().equals(MethodRoles.GENERAL_MANAGEMENT));
      if (!objective.approvals().isEmpty() && !approvedByGm) {
        findings.report(
            PlanPath.deliverable(objective.id()) + ".approvals",
            "The strategic objective '" + objective.id() + "' is approved without general management",
            "Record the approval of a stakeholder acting as GENERAL_MANAGEMENT.");
      }
    }
    Optional<LocalDate> secondStart = second.plannedStart();
    Optional<LocalDate> status = plan.statusDate();
    if (secondStart.isEmpty() || status.isEmpty() || status.get().isBefore(secondStart.get())) {
      return;
    }
    boolean approvedInTime =
        objectives.stream()
            .flatMap(objective -> objective.approvals().stream())
            .filter(approval -> approval.role().equals(MethodRoles.GENERAL_MANAGEMENT))
            .map(Approval::date)
            .anyMatch(date -> !date.isAfter(secondStart.get()));
    if (!approvedInTime) {
      findings.report(
          PlanPath.phase(second.id()) + ".plannedStart",
          "Phase '" + second.id() + "' started on " + secondStart.get()
              + " without general management's approval of the strategic objective by that day",
          "Have general management approve the strategic objective before phase 2 starts.");
    }
  }
}
