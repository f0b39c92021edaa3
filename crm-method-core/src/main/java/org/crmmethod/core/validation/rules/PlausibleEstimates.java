package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * No estimate or lag is absurdly long. Negative and inverted estimates cannot be built at all; an
 * estimate of decades is most often a unit mistake (hours or calendar days for working days).
 */
final class PlausibleEstimates extends BuiltInRule {
  PlausibleEstimates() {
    super(BuiltInRules.PLAUSIBLE_ESTIMATES, Severity.ERROR, "Estimates and lags are of a plausible length");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    double bound = context.settings().longestPlausibleDays();
    for (Activity activity : context.activities()) {
      if (activity.estimate().pessimistic() > bound) {
        findings.report(
            context.pathOf(activity.id()) + ".estimate",
            "Activity '" + activity.id() + "' may last " + plain(activity.estimate().pessimistic())
                + " working days, more than the plausible " + plain(bound),
            "Estimates are in working days; check the unit.");
      }
      for (Dependency dependency : activity.dependencies()) {
        if (Math.abs(dependency.lagDays()) > bound) {
          findings.report(
              context.pathOf(activity.id()) + ".dependencies",
              "Activity '" + activity.id() + "' waits for '" + dependency.predecessor()
                  + "' with a lag of " + plain(dependency.lagDays()) + " working days, beyond the plausible "
                  + plain(bound),
              "Lags are in working days; check the unit.");
        }
      }
    }
  }
}
