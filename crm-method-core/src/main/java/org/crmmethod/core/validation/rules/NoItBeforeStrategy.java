package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A CRM project starts with strategy and ends with IT (F28): no IT activity (configuration,
 * development, tests, data migration, cut-over) sits in the strategy phase or starts before the
 * strategy phase's last activity ends.
 */
final class NoItBeforeStrategy extends BuiltInRule {
  NoItBeforeStrategy() {
    super(BuiltInRules.NO_IT_BEFORE_STRATEGY, Severity.ERROR, "No IT work starts before the strategy phase ends", MethodFact.F28);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> strategy = context.phasePlanning(ActivityKind.STRATEGIC_OBJECTIVE);
    if (strategy.isEmpty()) {
      return;
    }
    OptionalDouble strategyEnd = context.latestFinish(strategy.get().activities());
    List<Activity> activities = context.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      if (!activity.kind().isItWork()) {
        continue;
      }
      boolean inStrategy = context.phaseAt(i).filter(strategy.get()::equals).isPresent();
      if (inStrategy) {
        findings.report(
            context.pathAt(i),
            "IT activity '" + activity.id() + "' (" + activity.kind() + ") sits in the strategy phase: a CRM project ends with IT, it does not start with it");
      } else if (strategyEnd.isPresent()) {
        double start = context.earlyStartAt(i);
        if (start < strategyEnd.getAsDouble()) {
          findings.report(
              context.pathAt(i),
              "IT activity '" + activity.id() + "' (" + activity.kind() + ") starts on working day " + plain(start)
                  + ", before the strategy phase ends (day " + plain(strategyEnd.getAsDouble()) + ")",
              "Make IT work wait for the strategy gate.");
        }
      }
    }
  }
}
