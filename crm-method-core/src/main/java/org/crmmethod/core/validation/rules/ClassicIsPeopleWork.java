package org.crmmethod.core.validation.rules;

import java.util.EnumSet;
import java.util.Set;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * A classic project, using the package as it comes, is mostly training and involving users
 * (F13): it plans training and change management, no specific development, and at least as much
 * effort (most likely working days times team size) on people work (training, change management,
 * user presentations) as on building (configuration, specific development, tests).
 */
final class ClassicIsPeopleWork extends BuiltInRule {
  private static final Set<ActivityKind> PEOPLE_WORK =
      EnumSet.of(ActivityKind.TRAINING, ActivityKind.CHANGE_MANAGEMENT, ActivityKind.USER_PRESENTATIONS);
  private static final Set<ActivityKind> BUILD_WORK =
      EnumSet.of(ActivityKind.CONFIGURATION, ActivityKind.SPECIFIC_DEVELOPMENT, ActivityKind.TESTS);

  ClassicIsPeopleWork() {
    super(BuiltInRules.CLASSIC_IS_PEOPLE_WORK, Severity.WARNING, "A classic project is mostly training and change management", MethodFact.F13);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    if (context.plan().context().approach() != Approach.CLASSIC) {
      return;
    }
    for (ActivityKind needed : EnumSet.of(ActivityKind.TRAINING, ActivityKind.CHANGE_MANAGEMENT)) {
      if (context.activitiesOfKind(needed).isEmpty()) {
        findings.report("", "The project is CLASSIC but plans no " + needed + " activity, which is most of a classic project's work");
      }
    }
    for (Activity development : context.activitiesOfKind(ActivityKind.SPECIFIC_DEVELOPMENT)) {
      findings.report(
          context.pathOf(development.id()),
          "The project is CLASSIC, using the package as it comes, yet plans specific development '" + development.id() + "'",
          "Either drop the development or make the project DIFFERENTIATING.");
    }
    double people = 0;
    double build = 0;
    for (Activity activity : context.activities()) {
      double effort = activity.estimate().mostLikely() * activity.teamSize();
      if (PEOPLE_WORK.contains(activity.kind())) {
        people += effort;
      } else if (BUILD_WORK.contains(activity.kind())) {
        build += effort;
      }
    }
    if (people < build) {
      findings.report(
          "context.approach",
          "The project is CLASSIC but plans " + Math.round(build) + " person-days of building against "
              + Math.round(people) + " of training, change management and user presentations",
          "A classic project puts most of its effort into users; check the approach or the plan's content.");
    }
  }
}
