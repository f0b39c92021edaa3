package org.crmmethod.core.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A phase of the method holds some kinds of work: the audit its one-to-one interviews and group
 * sessions and the drafting of the charter and architecture (F07), the specification its gap
 * analysis, interface specification and data-migration scoping (F08). The phase is the plan phase
 * that follows the method phase planning the anchor kind.
 */
final class PhaseHoldsWork extends BuiltInRule {
  private final ActivityKind anchor;
  private final Set<ActivityKind> kinds;
  private final String why;

  PhaseHoldsWork(String id, String title, MethodFact fact, ActivityKind anchor, Set<ActivityKind> kinds, String why) {
    super(id, Severity.ERROR, title, fact);
    this.anchor = anchor;
    this.kinds = Set.copyOf(kinds);
    this.why = why;
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Optional<Phase> phase = context.phasePlanning(anchor);
    if (phase.isEmpty()) {
      return;
    }
    Set<ActivityKind> missing = EnumSet.copyOf(kinds);
    for (Activity activity : phase.get().activities()) {
      missing.remove(activity.kind());
    }
    if (!missing.isEmpty()) {
      List<ActivityKind> sorted = new ArrayList<>(missing);
      findings.report(
          PlanPath.phase(phase.get().id()),
          "Phase '" + phase.get().id() + "' plans no " + sorted + " activity; " + why,
          "Add activities of kind " + sorted + " to phase '" + phase.get().id() + "'.");
    }
  }
}
