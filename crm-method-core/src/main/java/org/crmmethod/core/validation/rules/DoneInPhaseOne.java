package org.crmmethod.core.validation.rules;

import java.util.List;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A piece of strategy work is done in phase 1, the phase of the strategic objective (F06): the
 * market analysis, and the budget. Whether the matching deliverable is planned is the
 * required-deliverables rule's concern.
 */
final class DoneInPhaseOne extends BuiltInRule {
  private final ActivityKind kind;
  private final String what;

  DoneInPhaseOne(String id, ActivityKind kind, String what) {
    super(id, Severity.ERROR, "The " + what + " is done in phase 1", MethodFact.F06);
    this.kind = kind;
    this.what = what;
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> strategy = context.phasePlanning(ActivityKind.STRATEGIC_OBJECTIVE);
    if (strategy.isEmpty() || context.method().phasePlanning(kind).isEmpty()) {
      return;
    }
    List<Activity> work = context.activitiesOfKind(kind);
    if (work.isEmpty()) {
      findings.report(
          PlanPath.phase(strategy.get().id()),
          "Phase '" + strategy.get().id() + "' plans no " + what + " (" + kind + "), which phase 1 must deliver",
          "Add a " + kind + " activity to phase '" + strategy.get().id() + "'.");
      return;
    }
    for (Activity activity : work) {
      Optional<Phase> phase = context.phaseOf(activity.id());
      if (phase.isPresent() && !phase.get().id().equals(strategy.get().id())) {
        findings.report(
            context.pathOf(activity.id()),
            "The " + what + " '" + activity.id() + "' sits in phase '" + phase.get().id()
                + "', but it belongs to phase 1 ('" + strategy.get().id() + "')",
            "Move the activity to phase '" + strategy.get().id() + "'.");
      }
    }
  }
}
