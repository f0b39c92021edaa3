package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.GateDecision;
import org.crmmethod.core.plan.GateOutcome;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A gate is decided by someone in its approving role, once per lot when the gate is passed per
 * lot, and a go is given only once the gate's deliverables are approved (F05).
 */
final class GateDecisionsConsistent extends BuiltInRule {
  GateDecisionsConsistent() {
    super(BuiltInRules.GATE_DECISIONS, Severity.ERROR, "Gate decisions are taken by the right role on approved deliverables", MethodFact.F05);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().gateDecisions().isEmpty()) {
      return;
    }
    Map<String, LocalDate> approvedOn = approvalDates(context);
    for (int i = 0; i < context.plan().gateDecisions().size(); i++) {
      GateDecision decision = context.plan().gateDecisions().get(i);
      Optional<QualityGate> found = context.method().gate(decision.gate());
      if (found.isEmpty()) {
        continue;
      }
      QualityGate gate = found.get();
      String path = PlanPath.element("gateDecisions", i);
      if (context.stakeholder(decision.decidedBy()).isPresent()
          && !context.holdsRole(decision.decidedBy(), gate.approvingRole())) {
        findings.report(
            path + ".decidedBy",
            "Gate '" + gate.id() + "' was decided by '" + decision.decidedBy() + "', who does not hold its approving role "
                + gate.approvingRole());
      }
      if (gate.perLot() && decision.lot().isEmpty()) {
        findings.report(path + ".lot", "Gate '" + gate.id() + "' is passed lot by lot, but the decision names no lot");
      } else if (!gate.perLot() && decision.lot().isPresent()) {
        findings.report(path + ".lot", "Gate '" + gate.id() + "' is passed once for the project, but the decision names lot '" + decision.lot().get() + "'");
      }
      if (decision.outcome() != GateOutcome.NO_GO) {
        for (String type : gate.requiredDeliverables()) {
          LocalDate approved = approvedOn.get(key(type, gate.perLot() ? decision.lot() : Optional.empty()));
          if (approved == null || approved.isAfter(decision.decidedOn())) {
            findings.report(
                path,
                "Gate '" + gate.id() + "' was passed (" + decision.outcome() + ") on " + decision.decidedOn()
                    + decision.lot().map(lot -> " for lot '" + lot + "'").orElse("")
                    + " without an approved deliverable of type " + type,
                "Approve the " + type + " deliverable before the gate decision, or record a NO_GO.");
          }
        }
      }
    }
  }

  /**
   * For each deliverable type, project-wide and per lot, the earliest day on which some deliverable
   * of that type stood approved: the day of its last approval (an approved deliverable has one).
   */
  private static Map<String, LocalDate> approvalDates(ValidationContext context) {
    Map<String, LocalDate> earliest = new HashMap<>();
    for (Deliverable deliverable : context.plan().deliverables()) {
      if (deliverable.status() != DeliverableStatus.APPROVED) {
        continue;
      }
      LocalDate complete = deliverable.approvals().stream().map(Approval::date).max(LocalDate::compareTo).get();
      Optional<String> lot = deliverable.producedBy().flatMap(context::lotOf).map(Lot::id);
      earliest.merge(key(deliverable.type(), Optional.empty()), complete, (a, b) -> a.isBefore(b) ? a : b);
      lot.ifPresent(id -> earliest.merge(key(deliverable.type(), lot), complete, (a, b) -> a.isBefore(b) ? a : b));
    }
    return earliest;
  }

  private static String key(String type, Optional<String> lot) {
    return lot.map(id -> type + "@" + id).orElse(type);
  }
}
