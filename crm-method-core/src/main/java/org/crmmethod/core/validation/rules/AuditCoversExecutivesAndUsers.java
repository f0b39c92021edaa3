package org.crmmethod.core.validation.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * The audit hears both executives and representative users (F07), so that the project cuts across
 * every layer of the company (F33): among the participants of the audit's interviews and group
 * sessions there is at least one executive and one representative user.
 */
final class AuditCoversExecutivesAndUsers extends BuiltInRule {
  AuditCoversExecutivesAndUsers() {
    super(BuiltInRules.AUDIT_EXECUTIVES_AND_USERS, Severity.ERROR, "The audit hears executives and representative users", MethodFact.F07, MethodFact.F33);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> audit = context.phasePlanning(ActivityKind.AUDIT_INTERVIEWS);
    if (audit.isEmpty()) {
      return;
    }
    Set<String> heard = new HashSet<>();
    for (Activity activity : audit.get().activities()) {
      if (activity.kind() == ActivityKind.AUDIT_INTERVIEWS || activity.kind() == ActivityKind.AUDIT_WORKSHOPS) {
        heard.addAll(activity.participants());
      }
    }
    String path = PlanPath.phase(audit.get().id());
    if (!context.anyHoldsRole(heard, Set.of(MethodRoles.EXECUTIVE))) {
      findings.report(
          path,
          "The audit of phase '" + audit.get().id() + "' hears no executive: its interviews and group sessions name no participant holding the EXECUTIVE role",
          "Add executives of the departments concerned as participants.");
    }
    if (!context.anyHoldsRole(heard, Set.of(MethodRoles.REPRESENTATIVE_USER))) {
      findings.report(
          path,
          "The audit of phase '" + audit.get().id() + "' hears no representative user: its interviews and group sessions name no participant holding the REPRESENTATIVE_USER role",
          "Add users who speak for each population of users as participants.");
    }
  }
}
