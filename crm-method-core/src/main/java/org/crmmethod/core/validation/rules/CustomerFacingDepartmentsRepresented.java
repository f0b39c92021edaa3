package org.crmmethod.core.validation.rules;

import java.util.HashSet;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each department sees part of the customer, and every department is a seller (F23, F24): each
 * customer-facing department is represented in a project team or in the champions team.
 */
final class CustomerFacingDepartmentsRepresented extends BuiltInRule {
  CustomerFacingDepartmentsRepresented() {
    super(BuiltInRules.CUSTOMER_FACING_DEPARTMENTS_REPRESENTED, Severity.ERROR, "Every customer-facing department is represented in a team", MethodFact.F23, MethodFact.F24);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Set<String> represented = new HashSet<>();
    for (Team team : context.plan().teams()) {
      represented.addAll(team.departments());
      team.members().forEach(member -> context.stakeholder(member).flatMap(s -> s.department()).ifPresent(represented::add));
    }
    context.plan().championsTeam().ifPresent(team -> represented.addAll(team.departments()));
    for (Department department : context.plan().departments()) {
      if (department.customerFacing() && !represented.contains(department.id())) {
        findings.report(
            PlanPath.department(department.id()),
            "Customer-facing department '" + department.id() + "' is in no team: its part of the customer would be missing from the 360-degree view",
            "Add someone from the department to a specification team or to the champions team.");
      }
    }
  }
}
