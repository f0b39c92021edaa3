package org.crmmethod.core.validation.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * Each activity sits in a phase whose method template plans its kind. Gate reviews, steering and
 * other work may sit in any phase.
 */
final class ActivityInMethodPhase extends BuiltInRule {
  private static final Set<ActivityKind> ANYWHERE =
      Set.of(ActivityKind.GATE_REVIEW, ActivityKind.STEERING, ActivityKind.OTHER);

  ActivityInMethodPhase() {
    super(BuiltInRules.ACTIVITY_IN_METHOD_PHASE, Severity.WARNING, "Activities sit in the phase the method plans them in", MethodFact.F05);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    Map<Phase, Optional<PhaseTemplate>> templates = new IdentityHashMap<>();
    List<Activity> activities = context.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      if (ANYWHERE.contains(activity.kind())) {
        continue;
      }
      Optional<Phase> phase = context.phaseAt(i);
      Optional<PhaseTemplate> template =
          phase.flatMap(p -> templates.computeIfAbsent(p, context::templateOf));
      if (template.isPresent() && !template.get().activityKinds().contains(activity.kind())) {
        Optional<PhaseTemplate> expected = context.method().phasePlanning(activity.kind());
        findings.report(
            context.pathAt(i),
            "Activity '" + activity.id() + "' (" + activity.kind() + ") sits in phase '"
                + phase.get().id() + "', but the method plans that kind of work "
                + expected.map(t -> "in phase '" + t.id() + "'").orElse("in none of its phases"));
      }
    }
  }
}
