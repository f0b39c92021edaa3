package org.crmmethod.core.validation.rules;

import java.util.HashSet;
import java.util.Set;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Lasting buy-in needs the hierarchy of every department concerned (F21), and the project cuts
 * across every layer and sector of the company (F33): each department of the plan has an executive
 * or key manager who takes part, as a participant of an activity, a member of a team or of the
 * champions team, or an attendee of a meeting.
 */
final class DepartmentLeadersTakePart extends BuiltInRule {
  private static final Set<String> LEADERS = Set.of(MethodRoles.EXECUTIVE, MethodRoles.KEY_MANAGER);

  DepartmentLeadersTakePart() {
    super(BuiltInRules.DEPARTMENT_LEADERS_TAKE_PART, Severity.ERROR, "Executives or key managers of every department take part", MethodFact.F21, MethodFact.F33);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Set<String> involved = new HashSet<>();
    for (Activity activity : context.activities()) {
      involved.addAll(activity.participants());
    }
    for (Team team : plan.teams()) {
      involved.addAll(team.members());
    }
    plan.championsTeam().ifPresent(team -> involved.addAll(team.members()));
    for (Meeting meeting : plan.meetings()) {
      involved.addAll(meeting.attendees());
    }
    Set<String> led = new HashSet<>();
    for (Stakeholder stakeholder : plan.stakeholders()) {
      if (stakeholder.department().isPresent()
          && involved.contains(stakeholder.id())
          && stakeholder.roles().stream().anyMatch(LEADERS::contains)) {
        led.add(stakeholder.department().get());
      }
    }
    for (Department department : plan.departments()) {
      if (!led.contains(department.id())) {
        findings.report(
            PlanPath.department(department.id()),
            "No executive or key manager of department '" + department.id() + "' takes part in the project",
            "Involve the department's head in the audit, a team or the steering meetings.");
      }
    }
  }
}
