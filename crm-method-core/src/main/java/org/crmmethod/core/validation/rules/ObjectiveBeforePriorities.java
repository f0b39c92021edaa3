package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.List;
import java.util.OptionalDouble;
import org.crmmethod.core.catalogue.MethodDeliverables;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.DecisionKind;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.ProjectDecision;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Priorities come from the global strategic objective, never before it (F01): prioritisation is
 * planned after the objective is formalised, and priorities are decided only once the objective
 * is approved.
 */
final class ObjectiveBeforePriorities extends BuiltInRule {
  ObjectiveBeforePriorities() {
    super(BuiltInRules.OBJECTIVE_BEFORE_PRIORITIES, Severity.ERROR, "Priorities are set only after the global strategic objective", MethodFact.F01);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    List<Activity> objectives = context.activitiesOfKind(ActivityKind.STRATEGIC_OBJECTIVE);
    OptionalDouble objectiveDone = context.latestFinish(objectives);
    for (Activity prioritisation : context.activitiesOfKind(ActivityKind.PRIORITISATION)) {
      String path = context.pathOf(prioritisation.id());
      if (objectives.isEmpty()) {
        findings.report(
            path,
            "Activity '" + prioritisation.id() + "' sets priorities, but the plan never formalises the global strategic objective they must derive from",
            "Add a STRATEGIC_OBJECTIVE activity and make prioritisation depend on it.");
      } else if (objectiveDone.isPresent()
          && context.earlyStart(prioritisation.id()).getAsDouble() < objectiveDone.getAsDouble()) {
        findings.report(
            path,
            "Activity '" + prioritisation.id() + "' starts on working day " + plain(context.earlyStart(prioritisation.id()).getAsDouble())
                + ", before the strategic objective is formalised (day " + plain(objectiveDone.getAsDouble()) + ")",
            "Make prioritisation depend (finish-to-start) on the strategic-objective activity.");
      }
    }
    List<Deliverable> objectiveDocuments = context.deliverablesOfType(MethodDeliverables.STRATEGIC_OBJECTIVE);
    for (ProjectDecision decision : context.plan().decisions()) {
      if (decision.kind() != DecisionKind.PRIORITIES) {
        continue;
      }
      boolean approvedInTime =
          objectiveDocuments.stream()
              .anyMatch(
                  document ->
                      document.status() == DeliverableStatus.APPROVED
                          && document.approvals().stream().map(Approval::date).allMatch(date -> !date.isAfter(decision.decidedOn())));
      if (!approvedInTime) {
        findings.report(
            PlanPath.decision(decision.id()),
            "Priorities were decided on " + decision.decidedOn() + " ('" + decision.id()
                + "') while the strategic objective was not yet approved",
            "Approve the strategic objective first; priorities follow from it.");
      }
    }
  }
}
