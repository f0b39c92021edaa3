package org.crmmethod.core.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.Meeting;
import org.crmmethod.core.plan.MeetingKind;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/**
 * What matters in steering is traced in minutes (F15): the plan has steering-committee meetings,
 * and every one held by the status date has its minutes.
 */
final class SteeringMinutes extends BuiltInRule {
  SteeringMinutes() {
    super(BuiltInRules.STEERING_MINUTES, Severity.ERROR, "Steering meetings held have minutes", MethodFact.F15);
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    boolean steered = false;
    Optional<LocalDate> status = context.plan().statusDate();
    for (Meeting meeting : context.plan().meetings()) {
      if (meeting.kind() != MeetingKind.STEERING_COMMITTEE) {
        continue;
      }
      steered = true;
      boolean held = status.isPresent() && !meeting.date().isAfter(status.get());
      if (held && meeting.minutes().isEmpty()) {
        findings.report(
            PlanPath.meeting(meeting.id()) + ".minutes",
            "Steering meeting '" + meeting.id() + "' of " + meeting.date() + " was held but left no minutes",
            "Write the minutes: decisions, points raised and who attended.");
      }
    }
    if (!steered) {
      findings.report(
          "meetings",
          "The plan holds no steering-committee meeting, so nothing traces how the project is steered",
          "Plan steering-committee meetings and keep their minutes.");
    }
  }
}
