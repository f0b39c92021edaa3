package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.PreAcceptance;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each lot passes a global test with key users before it goes live (F16): it has a pre-acceptance
 * step whose key users hold the KEY_USER role, finishing before the cut-over starts.
 */
final class PreAcceptanceBeforeGoLive extends BuiltInRule {
  PreAcceptanceBeforeGoLive() {
    super(BuiltInRules.PRE_ACCEPTANCE_BEFORE_GO_LIVE, Severity.ERROR, "Each lot passes pre-acceptance with key users before go-live", MethodFact.F16);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    for (Lot lot : context.plan().lots()) {
      String path = PlanPath.lot(lot.id());
      if (lot.preAcceptance().isEmpty()) {
        findings.report(
            path,
            "Lot '" + lot.id() + "' has no pre-acceptance: key users must test it as a whole before it goes live",
            "Add a pre-acceptance step with the lot's key users.");
        continue;
      }
      PreAcceptance step = lot.preAcceptance().get();
      if (step.keyUsers().isEmpty()) {
        findings.report(path + ".preAcceptance.keyUsers", "The pre-acceptance of lot '" + lot.id() + "' names no key user");
      }
      for (String user : step.keyUsers()) {
        if (context.stakeholder(user).isPresent() && !context.holdsRole(user, MethodRoles.KEY_USER)) {
          findings.report(
              path + ".preAcceptance.keyUsers",
              "'" + user + "' tests lot '" + lot.id() + "' at pre-acceptance but is not a key user",
              "Give the stakeholder the KEY_USER role, or choose a key user.");
        }
      }
      if (lot.cutOver().isPresent() && context.isScheduled()) {
        double tested = context.earlyFinish(step.activity().id()).getAsDouble();
        double live = context.earlyStart(lot.cutOver().get().activity().id()).getAsDouble();
        if (live < tested) {
          findings.report(
              path + ".cutOver.activity",
              "Lot '" + lot.id() + "' goes live on working day " + plain(live) + ", before its pre-acceptance ends (day " + plain(tested) + ")",
              "Make the cut-over wait for pre-acceptance and training.");
        }
      }
    }
  }
}
