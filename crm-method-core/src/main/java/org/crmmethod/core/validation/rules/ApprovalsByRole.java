package org.crmmethod.core.validation.rules;

import java.util.Set;
import java.util.TreeSet;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Approval;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Approvals are given by people who hold the role they approve in, and an approved deliverable has
 * the approval of every role its type asks for (F06: general management approves the objective).
 */
final class ApprovalsByRole extends BuiltInRule {
  ApprovalsByRole() {
    super(BuiltInRules.APPROVALS_BY_ROLE, Severity.ERROR, "Deliverables are approved by the roles their type names", MethodFact.F06);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Deliverable deliverable : context.plan().deliverables()) {
      String path = PlanPath.deliverable(deliverable.id()) + ".approvals";
      Set<String> rolesApproving = new TreeSet<>();
      for (Approval approval : deliverable.approvals()) {
        if (context.stakeholder(approval.stakeholder()).isPresent()
            && !context.holdsRole(approval.stakeholder(), approval.role())) {
          findings.report(
              path,
              "'" + approval.stakeholder() + "' approved '" + deliverable.id() + "' as " + approval.role()
                  + " but does not hold that role",
              "Give the stakeholder the role, or record the approval of someone who holds it.");
        } else {
          rolesApproving.add(approval.role());
        }
      }
      DeliverableType type = context.method().deliverableType(deliverable.type()).orElse(null);
      if (type != null && deliverable.status() == DeliverableStatus.APPROVED) {
        Set<String> missing = new TreeSet<>(type.approvedBy());
        missing.removeAll(rolesApproving);
        if (!missing.isEmpty()) {
          findings.report(
              path,
              "Deliverable '" + deliverable.id() + "' is APPROVED without the approval of " + missing
                  + ", which its type " + type.id() + " requires");
        }
      }
    }
  }
}
