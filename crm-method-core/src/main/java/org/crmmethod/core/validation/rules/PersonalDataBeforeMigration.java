package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Compliance with personal-data law is settled before any customer data is migrated (F30): some
 * data-migration scoping or readiness activity involves the data protection officer (by role or as
 * a participant), and every data migration and cut-over starts after the first such activity ends.
 */
final class PersonalDataBeforeMigration extends BuiltInRule {
  private static final Set<ActivityKind> SETTLING =
      EnumSet.of(ActivityKind.DATA_MIGRATION_SCOPING, ActivityKind.READINESS_ASSESSMENT);
  private static final Set<String> OFFICER = Set.of(MethodRoles.DATA_PROTECTION_OFFICER);

  PersonalDataBeforeMigration() {
    super(BuiltInRules.PERSONAL_DATA_BEFORE_MIGRATION, Severity.ERROR, "Personal-data compliance is settled before data migration", MethodFact.F30);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    List<Activity> migrations = new ArrayList<>(context.activitiesOfKind(ActivityKind.DATA_MIGRATION));
    migrations.addAll(context.activitiesOfKind(ActivityKind.CUT_OVER));
    if (migrations.isEmpty()) {
      return;
    }
    double settled = Double.POSITIVE_INFINITY;
    boolean found = false;
    for (ActivityKind kind : SETTLING) {
      for (Activity activity : context.activitiesOfKind(kind)) {
        if (activity.roles().contains(MethodRoles.DATA_PROTECTION_OFFICER) || context.anyHoldsRole(activity.participants(), OFFICER)) {
          found = true;
          if (context.isScheduled()) {
            settled = Math.min(settled, context.earlyFinish(activity.id()).getAsDouble());
          }
        }
      }
    }
    if (!found) {
      findings.report(
          context.pathOf(migrations.get(0).id()),
          "The plan migrates customer data, but no activity settles compliance with personal-data law first",
          "Involve the data protection officer in the data-migration scoping.");
      return;
    }
    if (!context.isScheduled()) {
      return;
    }
    for (Activity migration : migrations) {
      double start = context.earlyStart(migration.id()).getAsDouble();
      if (start < settled) {
        findings.report(
            context.pathOf(migration.id()),
            "Activity '" + migration.id() + "' (" + migration.kind() + ") moves customer data from working day " + plain(start)
                + ", before personal-data compliance is settled (day " + plain(settled) + ")",
            "Make the migration wait for the scoping with the data protection officer.");
      }
    }
  }
}
