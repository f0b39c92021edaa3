package org.crmmethod.core.validation.rules;

import static org.crmmethod.core.value.Numbers.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A differentiating project first defines the target organisation in a study and writes the
 * functional specifications (F13); no building starts before both are done.
 */
final class DifferentiatingStartsWithStudy extends BuiltInRule {
  DifferentiatingStartsWithStudy() {
    super(BuiltInRules.DIFFERENTIATING_STARTS_WITH_STUDY, Severity.ERROR, "A differentiating project starts with the organisation study and specifications", MethodFact.F13);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().context().approach() != Approach.DIFFERENTIATING) {
      return;
    }
    List<Activity> groundwork = new ArrayList<>();
    for (ActivityKind needed : List.of(ActivityKind.TARGET_ORGANISATION_STUDY, ActivityKind.FUNCTIONAL_SPECIFICATION)) {
      List<Activity> found = context.activitiesOfKind(needed);
      if (found.isEmpty()) {
        findings.report(
            "",
            "The project is DIFFERENTIATING but plans no " + needed + " activity; such a project starts by defining the target organisation and writing functional specifications",
            "Add a " + needed + " activity before the lots.");
      }
      groundwork.addAll(found);
    }
    OptionalDouble done = context.latestFinish(groundwork);
    if (done.isEmpty()) {
      return;
    }
    List<Activity> activities = context.activities();
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      if (activity.kind().nature() == ActivityKind.Nature.IT_BUILD) {
        double start = context.earlyStartAt(i);
        if (start < done.getAsDouble()) {
          findings.report(
              context.pathAt(i),
              "Activity '" + activity.id() + "' (" + activity.kind() + ") starts on working day " + plain(start)
                  + ", before the organisation study and functional specifications are done (day " + plain(done.getAsDouble()) + ")",
              "Make the building wait for the specification gate.");
        }
      }
    }
  }
}
